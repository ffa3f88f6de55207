using Bot.Core.Messaging;
using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

/// <summary>Where and how the conversation starts: keywords, groups, and what is remembered from last time.</summary>
public sealed class PurchaseConversationStartTests : IDisposable
{
    private readonly PurchaseBot _bot = new();

    [Fact]
    public void StartKeywordInTheMiddle_StartsOver()
    {
        _bot.Say(PurchaseBot.Resident, "代购 布洛芬1盒");
        _bot.Press(PurchaseBot.Resident, "药");

        var again = _bot.Say(PurchaseBot.Resident, "买菜").Single();

        Assert.Equal(PurchasesTexts.AskItems.ZhHans, again.Text);
        Assert.Equal(PurchaseSteps.Items, _bot.StepOf(PurchaseBot.Resident));
        Assert.Contains("蔬菜", _bot.Say(PurchaseBot.Resident, "土豆").Single().Text);
    }

    [Fact]
    public void StartedInAGroup_ContinuesInPrivate()
    {
        var replies = _bot.Say(PurchaseBot.Resident, "买药", PurchaseBot.ResidentGroup);

        Assert.Contains("私聊", PurchaseBot.To(replies, PurchaseBot.ResidentGroup).Single().Text);
        var ask = PurchaseBot.To(replies, PurchaseBot.Resident).Single();
        Assert.Equal(ChatKind.Private, ask.To.Kind);
        Assert.Equal(PurchaseSteps.Items, _bot.StepOf(PurchaseBot.Resident));
        Assert.Contains("药品", _bot.Say(PurchaseBot.Resident, "维生素C").Single().Text);
    }

    [Fact]
    public void SecondRequest_OffersTheRememberedAddressAndPhone_AndEditGoesBackToSummary()
    {
        _bot.Submit(phone: "13812345678");

        _bot.Say(PurchaseBot.Resident, "送饭 午饭一份");
        var confirm = _bot.Press(PurchaseBot.Resident, "饭").Single();
        Assert.Contains("3号楼2单元301", confirm.Text);
        Assert.Contains("138****5678", _bot.Press(PurchaseBot.Resident, "是").Single().Text);
        _bot.Press(PurchaseBot.Resident, "是");
        _bot.Press(PurchaseBot.Resident, "尽快");
        _bot.Press(PurchaseBot.Resident, "修改");
        _bot.Press(PurchaseBot.Resident, "时间");
        var summary = _bot.Say(PurchaseBot.Resident, "12:00前").Single();
        Assert.Contains("12:00前", summary.Text);
        Assert.Equal(PurchaseSteps.Summary, _bot.StepOf(PurchaseBot.Resident));
        _bot.Press(PurchaseBot.Resident, "提交");

        var latest = _bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id).First();
        Assert.Equal(PurchaseCategory.Meals, latest.Category);
        Assert.Equal("13812345678", latest.Phone);
        Assert.Equal("12:00前", latest.TimeWindow);
    }

    public void Dispose() => _bot.Dispose();
}
