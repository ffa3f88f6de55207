using Bot.Core.People;
using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

public sealed class PurchaseQuotaTests : IDisposable
{
    private readonly PurchaseBot _bot = new(new Dictionary<string, string?>
    {
        ["Purchases:MaxOpenPerHousehold"] = "1",
        ["Purchases:PeriodDays"] = "2",
    });

    [Fact]
    public void HouseholdOverQuota_IsRefused_WithWhenTheNextIsPossible()
    {
        _bot.Submit();
        _bot.Harness.Time.Advance(TimeSpan.FromHours(5));

        var refusal = _bot.Say(PurchaseBot.Resident, "代购").Single();

        // Created 2026-03-02 09:00 local; two days later.
        Assert.Contains("3月4日 09:00", refusal.Text);
        Assert.Null(_bot.StepOf(PurchaseBot.Resident));
        Assert.Single(_bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id));
    }

    [Fact]
    public void AnotherMemberOfTheHousehold_IsRefusedAtTheAddressStep()
    {
        _bot.Submit();
        _bot.Harness.AddPerson("李姨的儿子", Role.Resident);

        _bot.Say("李姨的儿子", "代购 牛奶一箱");
        _bot.Press("李姨的儿子", "菜");
        var refusal = _bot.Say("李姨的儿子", "3号楼2单元301").Single();

        Assert.Contains("下次可以在", refusal.Text);
        Assert.Null(_bot.StepOf("李姨的儿子"));
        Assert.Empty(_bot.Store.OfResident(_bot.Person("李姨的儿子").Id));
    }

    [Fact]
    public void AfterThePeriod_OrAfterCancelling_TheHouseholdMayAskAgain()
    {
        var first = _bot.Submit();
        _bot.Say(PurchaseBot.Resident, $"取消代购 {first.Id}");

        var second = _bot.Submit(items: "感冒药");
        Assert.NotEqual(first.Id, second.Id);

        _bot.Harness.Time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var third = _bot.Submit(items: "退烧药");
        Assert.NotEqual(second.Id, third.Id);
    }

    [Fact]
    public void PriorityHousehold_IsListedFirstAndMarked()
    {
        _bot.Submit();
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(20));
        _bot.Harness.AddPerson("王大爷", Role.Resident);
        var later = _bot.Submit("王大爷", "降压药", "5-1-101");

        var flagged = _bot.Say(PurchaseBot.Secretary, "重点户 5-1-101 独居老人").Single();
        Assert.Contains("5号楼1单元101", flagged.Text);
        var list = _bot.Say(PurchaseBot.Cadre, "代购列表").Single().Text;

        var lines = list.Split('\n');
        Assert.StartsWith($"★重点户 #{later.Id}", lines[1]);
        Assert.Contains("5号楼1单元101 独居老人", _bot.Say(PurchaseBot.Secretary, "重点户").Single().Text);
        Assert.Contains("取消", _bot.Say(PurchaseBot.Secretary, "重点户 5-1-101").Single().Text);
        Assert.DoesNotContain("★", _bot.Say(PurchaseBot.Cadre, "代购列表").Single().Text);
    }

    public void Dispose() => _bot.Dispose();
}
