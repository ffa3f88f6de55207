using System.Globalization;
using System.Net;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeWeCom;
using Bot.Tests.WeCom;

namespace Bot.Tests.Purchases;

/// <summary>A receipt photo sent to the WeCom app by the claimer reaches the resident as an image by its MediaId.</summary>
public sealed class PurchaseWeComPhotoTests(WeComHostFixture f) : IClassFixture<WeComHostFixture>
{
    private const string Community = "静园社区";

    [Fact]
    public async Task ReceiptImage_FromTheClaimerInTheApp_IsSentToTheResidentAsAnImage_ThenItsText()
    {
        var resident = Add(Some.Name("wxres"), "李姨", Role.Resident);
        var cadre = Add(Some.Name("wxcadre"), "刘丰睿", Role.Cadre);
        var service = f.Host.Get<PurchaseService>();
        var request = service.Submit(resident, "布洛芬1盒", PurchaseCategory.Medicine, HouseholdAddress.TryParse("3-2-301")!, null, "尽快");
        Assert.True(service.Claim(request.Id, cadre).Done);
        Assert.True(service.MarkBought(request.Id, cadre, 20m).Done);
        var residentId = resident.WeComUserId!;
        var before = f.SentTo(residentId).Count;

        var msgId = f.NextMsgId();
        using var response = await f.App.PostAsync(FakeWeComCallbacks.ImageXml(f.CorpId, cadre.WeComUserId!, "MEDIA_receipt_wx", msgId,
            TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await BotTestHost.WaitUntilAsync(() => f.SentTo(residentId).Skip(before).Any(r => r.Str("msgtype") == "text" && r.Content.Contains("小票", StringComparison.Ordinal)),
            what: "the receipt image and its text to the resident");
        var toResident = f.SentTo(residentId).Skip(before).ToList();
        var image = Assert.Single(toResident, r => r.Str("msgtype") == "image");
        Assert.Equal("MEDIA_receipt_wx", image.MediaId);
        Assert.True(toResident.IndexOf(image) < toResident.FindIndex(r => r.Content.Contains("小票", StringComparison.Ordinal)));
        Assert.Equal("MEDIA_receipt_wx", f.Host.Get<PurchaseStore>().Get(request.Id)!.ReceiptPhoto!.Ref);
        Assert.Equal(ChannelNames.WeCom, f.Host.Get<PurchaseStore>().Get(request.Id)!.ReceiptPhoto!.Channel);
        Assert.DoesNotContain(f.Fake.RequestsTo("webhook/send").Concat(f.Fake.RequestsTo("appchat/send")),
            r => r.Body.GetRawText().Contains("MEDIA_receipt_wx", StringComparison.Ordinal));
        Assert.NotNull(f.Inbox(msgId.ToString(CultureInfo.InvariantCulture)));
    }

    private Person Add(string userId, string name, Role role)
    {
        var people = f.Host.Get<IPeopleStore>();
        f.Host.Get<ICommunityStore>().EnsureCommunity(Community);
        var person = new Person { Name = name, Role = role, CommunityId = Community, Phone = "13800002222", WeComUserId = userId };
        person.IdentityKeys.Add($"{ChannelNames.WeCom}:{userId}");
        people.Save(person);
        return person;
    }
}
