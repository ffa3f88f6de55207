using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.WeCom.Cards;

/// <summary>The purchase conversation's choices and the claim (接单) as WeCom template cards, pressed through the encrypted app callback.</summary>
public sealed class WeComPurchaseCardTests(WeComCardHostFixture f) : IClassFixture<WeComCardHostFixture>
{
    [Fact]
    public async Task PurchaseConversation_ChoicesAreCards_AndPressingThemSubmitsTheRequest()
    {
        var d = new WeComCardDriver(f);
        var resident = Some.Name("wxres");
        var person = d.Add(resident, "李姨", Role.Resident);
        await d.SayAsync(resident, "代购");

        var category = d.CardIn(await d.SayAsync(resident, "布洛芬 1盒"));
        await PressLabelAsync(d, resident, category, "药");
        var phone = d.CardIn(await d.SayAsync(resident, "3号楼2单元301"));
        var window = d.CardIn(await PressLabelAsync(d, resident, phone, "跳过"));
        var summary = d.CardIn(await PressLabelAsync(d, resident, window, "尽快"));
        Assert.Contains(summary.Buttons, b => b.Text == "提交");

        var submitted = await PressLabelAsync(d, resident, summary, "提交");

        var request = Assert.Single(f.Host.Get<PurchaseStore>().OfResident(person.Id));
        Assert.Equal(PurchaseCategory.Medicine, request.Category);
        Assert.Contains($"#{request.Id}", WeComCardDriver.TextsTo(submitted, resident), StringComparison.Ordinal);
        Assert.Equal("已按：提交", WeComCardDriver.ReplaceName(Assert.Single(WeComCardDriver.Updates(submitted))));
    }

    [Fact]
    public async Task PurchaseList_OffersAClaimCard_ThePressClaims_AndASecondCadreIsToldWhoHasIt()
    {
        var d = new WeComCardDriver(f);
        var (guo, liu) = (Some.Name("wxcadre"), Some.Name("wxcadre"));
        d.Add(guo, "郭洋", Role.Cadre);
        d.Add(liu, "刘丰睿", Role.Cadre);
        var resident = d.Add(Some.Name("wxres"), "王姨", Role.Resident);
        var request = f.Host.Get<PurchaseStore>().Add(new PurchaseRequest
        {
            CommunityId = d.Community, ResidentId = resident.Id, ResidentName = resident.Name, Items = "鸡蛋 10个",
            Category = PurchaseCategory.Vegetables, Address = new HouseholdAddress { Building = "3", Unit = "2", Room = "301" },
            HouseholdKey = "3-2-301", TimeWindow = "尽快", CreatedAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
            PooledAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
        });
        var guoCard = d.CardIn(await d.SayAsync(guo, "代购列表"));
        var liuCard = d.CardIn(await d.SayAsync(liu, "代购列表"));
        Assert.Equal(($"接单 #{request.Id}", $"/claim {request.Id}"), Assert.Single(guoCard.Buttons));

        var claimed = await d.PressAsync(guo, guoCard, $"/claim {request.Id}");

        Assert.Equal(PurchaseStatus.Claimed, f.Host.Get<PurchaseStore>().Get(request.Id)!.Status);
        Assert.Contains("3号楼2单元301", WeComCardDriver.TextsTo(claimed, guo), StringComparison.Ordinal);
        Assert.Equal($"已按：接单 #{request.Id}", WeComCardDriver.ReplaceName(Assert.Single(WeComCardDriver.Updates(claimed))));

        // The other cadre's card still works once, and tells who has the request.
        var late = await d.PressAsync(liu, liuCard, $"/claim {request.Id}");
        Assert.Contains("郭洋", WeComCardDriver.TextsTo(late, liu), StringComparison.Ordinal);
        Assert.Equal(guo, f.Host.Get<Bot.Core.People.IPeopleStore>().Get(f.Host.Get<PurchaseStore>().Get(request.Id)!.ClaimerId!)!.WeComUserId);
    }

    private static Task<IReadOnlyList<FakeWeComRequest>> PressLabelAsync(WeComCardDriver d, string user, FakeWeComCard card, string label) =>
        d.PressAsync(user, card, card.Buttons.First(b => b.Text.Contains(label, StringComparison.Ordinal)).Key);
}
