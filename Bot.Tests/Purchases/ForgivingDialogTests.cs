using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

/// <summary>The purchase conversation takes what elderly residents naturally answer (issue #13).</summary>
public sealed class ForgivingDialogTests : IDisposable
{
    private readonly PurchaseBot _bot = new();

    [Theory]
    [InlineData("三号楼二单元301")]
    [InlineData("三号楼二单元三零一")]
    [InlineData("3号楼二单元301室")]
    public void Address_WithChineseNumerals_IsUnderstood(string typed)
    {
        _bot.Say(PurchaseBot.Resident, "代购 布洛芬1盒");
        _bot.Press(PurchaseBot.Resident, "药");

        var next = _bot.Say(PurchaseBot.Resident, typed).Single();

        Assert.Contains("139****5678", next.Text);
        Assert.Equal(PurchaseSteps.PhoneConfirm, _bot.StepOf(PurchaseBot.Resident));
        _bot.Press(PurchaseBot.Resident, "是");
        _bot.Press(PurchaseBot.Resident, "尽快");
        _bot.Press(PurchaseBot.Resident, "提交");
        Assert.Equal("3-2-301", Assert.Single(_bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id)).Address.Key);
    }

    [Theory]
    [InlineData("对的")]
    [InlineData("好的")]
    [InlineData("行")]
    [InlineData("可以")]
    [InlineData("是的")]
    [InlineData("嗯")]
    [InlineData("没问题！")]
    public void EverydayYes_ConfirmsTheGuessedCategoryAndTheRememberedPhone(string yes)
    {
        _bot.Say(PurchaseBot.Resident, "代购 布洛芬1盒");

        Assert.Contains("3-2-301", _bot.Say(PurchaseBot.Resident, yes).Single().Text);
        _bot.Say(PurchaseBot.Resident, "3-2-301");
        Assert.Contains("什么时间", _bot.Say(PurchaseBot.Resident, yes).Single().Text);
        Assert.Equal(PurchaseSteps.Window, _bot.StepOf(PurchaseBot.Resident));
    }

    [Theory]
    [InlineData("好的")]
    [InlineData("对的")]
    [InlineData("行")]
    [InlineData("可以")]
    [InlineData("没问题")]
    [InlineData("好的，提交吧")]
    public void Summary_AClearEverydayYes_SubmitsTheRequest(string yes)
    {
        _bot.Say(PurchaseBot.Resident, "代购 布洛芬1盒");
        _bot.Press(PurchaseBot.Resident, "药");
        _bot.Say(PurchaseBot.Resident, "3-2-301");
        _bot.Press(PurchaseBot.Resident, "是");
        _bot.Press(PurchaseBot.Resident, "尽快");

        var replies = _bot.Say(PurchaseBot.Resident, yes);

        var request = Assert.Single(_bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id));
        Assert.Contains(PurchaseBot.To(replies, PurchaseBot.Resident), m => m.Text.Contains($"#{request.Id}", StringComparison.Ordinal));
        Assert.Null(_bot.StepOf(PurchaseBot.Resident));
    }

    [Fact]
    public void PhoneStep_TheTimeWindowGivenEarly_IsTakenAsTheTimeWindow()
    {
        _bot.Say(PurchaseBot.Resident, "代购 布洛芬1盒");
        _bot.Press(PurchaseBot.Resident, "药");
        _bot.Say(PurchaseBot.Resident, "3-2-301");
        _bot.Press(PurchaseBot.Resident, "换");

        var replies = _bot.Say(PurchaseBot.Resident, "明天上午");

        Assert.DoesNotContain(replies, m => m.Text.Contains("不是有效", StringComparison.Ordinal));
        Assert.Contains(replies, m => m.Text.Contains("时间：明天上午", StringComparison.Ordinal));
        Assert.Equal(PurchaseSteps.Summary, _bot.StepOf(PurchaseBot.Resident));
        _bot.Press(PurchaseBot.Resident, "提交");
        var request = Assert.Single(_bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id));
        Assert.Null(request.Phone);
        Assert.Equal("明天上午", request.TimeWindow);
    }

    [Fact]
    public void PhoneStep_WhenTheRememberedPhoneIsOffered_ATimeKeepsThatPhone()
    {
        _bot.Say(PurchaseBot.Resident, "代购 布洛芬1盒");
        _bot.Press(PurchaseBot.Resident, "药");
        _bot.Say(PurchaseBot.Resident, "3-2-301");

        _bot.Say(PurchaseBot.Resident, "尽快");
        _bot.Press(PurchaseBot.Resident, "提交");

        var request = Assert.Single(_bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id));
        Assert.Equal(PurchaseBot.ResidentPhone, request.Phone);
        Assert.Equal("尽快", request.TimeWindow);
    }

    [Fact]
    public void PhoneStep_DoesNotAskForEver()
    {
        _bot.Say(PurchaseBot.Resident, "代购 布洛芬1盒");
        _bot.Press(PurchaseBot.Resident, "药");
        _bot.Say(PurchaseBot.Resident, "3-2-301");
        _bot.Press(PurchaseBot.Resident, "换");

        var answers = Enumerable.Range(0, 10).Select(_ => _bot.Say(PurchaseBot.Resident, "我没有手机")).ToList();

        var invalid = answers.Count(r => r.Any(m => m.Text.Contains("不是有效的11位手机号", StringComparison.Ordinal)));
        Assert.Equal(PurchaseFlow.MaxPhoneTries - 1, invalid);
        Assert.Contains(answers[PurchaseFlow.MaxPhoneTries - 1], m => m.Text.Contains("什么时间", StringComparison.Ordinal));
    }

    [Fact]
    public void PhoneStep_ACommand_RunsAndTheQuestionIsAskedAgain()
    {
        _bot.Say(PurchaseBot.Resident, "代购 布洛芬1盒");
        _bot.Press(PurchaseBot.Resident, "药");
        _bot.Say(PurchaseBot.Resident, "3-2-301");
        _bot.Press(PurchaseBot.Resident, "换");

        var replies = _bot.Say(PurchaseBot.Resident, "谢谢");

        Assert.DoesNotContain(replies, m => m.Text.Contains("不是有效", StringComparison.Ordinal));
        Assert.Contains("手机号", replies[^1].Text);
        Assert.Equal(PurchaseSteps.Phone, _bot.StepOf(PurchaseBot.Resident));
    }

    [Theory]
    [InlineData("我的代购")]
    [InlineData("我的订单")]
    public void MyPurchases_InTheMiddle_IsAnswered_AndTheDialogGoesOn(string typed)
    {
        _bot.Submit();
        _bot.Say(PurchaseBot.Resident, "代购");

        var replies = _bot.Say(PurchaseBot.Resident, typed);

        Assert.Contains(replies, m => m.Text.Contains("布洛芬1盒", StringComparison.Ordinal));
        Assert.Contains("要买的东西", replies[^1].Text);
        Assert.Equal(PurchaseSteps.Items, _bot.StepOf(PurchaseBot.Resident));
        Assert.Contains("药品", _bot.Say(PurchaseBot.Resident, "退烧药1盒").Single().Text);
    }

    [Fact]
    public void CancelPurchase_InTheMiddle_ClearlyCancelsThisOne()
    {
        _bot.Say(PurchaseBot.Resident, "代购 布洛芬1盒");
        _bot.Press(PurchaseBot.Resident, "药");

        var reply = _bot.Say(PurchaseBot.Resident, "取消代购").Single();

        Assert.Contains("已取消", reply.Text);
        Assert.Null(_bot.StepOf(PurchaseBot.Resident));
        Assert.Empty(_bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id));
    }

    [Fact]
    public void CancelPurchaseWithANumber_InTheMiddle_WithdrawsThatOne_AndTheDialogGoesOn()
    {
        var earlier = _bot.Submit();
        _bot.Say(PurchaseBot.Resident, "代购");

        var replies = _bot.Say(PurchaseBot.Resident, $"取消代购 {earlier.Id}");

        Assert.Equal(PurchaseStatus.Cancelled, _bot.Store.Get(earlier.Id)!.Status);
        Assert.Contains("要买的东西", replies[^1].Text);
        Assert.Equal(PurchaseSteps.Items, _bot.StepOf(PurchaseBot.Resident));
    }

    [Theory]
    [InlineData("不要了")]
    [InlineData("算了")]
    [InlineData("不买了")]
    public void GivingUp_InEverydayWords_LeavesTheDialog(string typed)
    {
        _bot.Say(PurchaseBot.Resident, "代购");

        var reply = _bot.Say(PurchaseBot.Resident, typed).Single();

        Assert.Equal("已取消。", reply.Text);
        Assert.Null(_bot.StepOf(PurchaseBot.Resident));
    }

    public void Dispose() => _bot.Dispose();
}
