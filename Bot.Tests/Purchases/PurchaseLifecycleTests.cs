using Bot.Core.Messaging;
using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

/// <summary>The lifecycle through the commands and buttons people use, and what each party is told.</summary>
public sealed class PurchaseLifecycleTests : IDisposable
{
    private readonly PurchaseBot _bot = new();

    [Fact]
    public void FullLifecycle_TellsTheResidentAtEachStep_AndTheClaimerGetsDetailsPrivately()
    {
        var r = _bot.Submit();

        var claim = _bot.Press(PurchaseBot.Cadre, $"/claim {r.Id}", PurchaseBot.CadreGroup);
        var details = PurchaseBot.To(claim, PurchaseBot.Cadre).Single();
        Assert.Equal(ChatKind.Private, details.To.Kind);
        Assert.Contains("3号楼2单元301", details.Text);
        Assert.Contains(PurchaseBot.ResidentPhone, details.Text);
        Assert.Equal([$"/bought {r.Id}", $"/release {r.Id}"], PurchaseBot.Data(details));
        Assert.Contains("志愿者 刘丰睿 接单", PurchaseBot.To(claim, PurchaseBot.Resident).Single().Text);
        Assert.Contains($"#{r.Id} 已由 刘丰睿 接单", PurchaseBot.To(claim, PurchaseBot.CadreGroup).Single().Text);

        var bought = _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id} 35.5元");
        Assert.Equal([$"/delivered {r.Id}"], PurchaseBot.Data(PurchaseBot.To(bought, PurchaseBot.Cadre).Single()));
        Assert.Contains("花费 35.5 元", PurchaseBot.To(bought, PurchaseBot.Resident).Single().Text);

        var delivered = _bot.Press(PurchaseBot.Cadre, $"/delivered {r.Id}");
        var atDoor = PurchaseBot.To(delivered, PurchaseBot.Resident).Single();
        Assert.Contains("已放在您家门口", atDoor.Text);
        Assert.Equal([$"/received {r.Id}"], PurchaseBot.Data(atDoor));

        var confirmed = _bot.Press(PurchaseBot.Resident, $"/received {r.Id}");
        Assert.Contains("居民已确认收到", PurchaseBot.To(confirmed, PurchaseBot.Cadre).Single().Text);
        Assert.Equal(PurchaseStatus.Confirmed, _bot.Store.Get(r.Id)!.Status);
        Assert.Equal(35.5m, _bot.Store.Get(r.Id)!.Amount);
    }

    [Fact]
    public void Release_WithReason_RepostsToTheGroup_AndAnotherCadreCanClaim()
    {
        var r = _bot.Submit();
        _bot.Say(PurchaseBot.Cadre, $"接单 {r.Id}");

        Assert.Contains("原因", _bot.Press(PurchaseBot.Cadre, $"/release {r.Id}").Single().Text);
        var released = _bot.Say(PurchaseBot.Cadre, $"放弃接单 {r.Id} 临时有值守任务");

        var repost = PurchaseBot.To(released, PurchaseBot.CadreGroup).Single();
        Assert.Contains("临时有值守任务", repost.Text);
        Assert.Equal([$"/claim {r.Id}"], PurchaseBot.Data(repost));
        Assert.Contains("重新安排", PurchaseBot.To(released, PurchaseBot.Resident).Single().Text);

        var again = _bot.Press(PurchaseBot.OtherCadre, $"/claim {r.Id}", PurchaseBot.CadreGroup);
        Assert.Contains("3号楼2单元301", PurchaseBot.To(again, PurchaseBot.OtherCadre).Single().Text);
        Assert.Equal(_bot.Person(PurchaseBot.OtherCadre).Id, _bot.Store.Get(r.Id)!.ClaimerId);
    }

    [Fact]
    public void SecondClaim_IsToldWhoHasIt()
    {
        var r = _bot.Submit();
        _bot.Press(PurchaseBot.Cadre, $"/claim {r.Id}", PurchaseBot.CadreGroup);

        var late = _bot.Press(PurchaseBot.OtherCadre, $"/claim {r.Id}", PurchaseBot.CadreGroup).Single();

        Assert.Equal($"#{r.Id} 已经由 刘丰睿 接单了，谢谢！", late.Text);
        Assert.Equal(_bot.Person(PurchaseBot.Cadre).Id, _bot.Store.Get(r.Id)!.ClaimerId);
    }

    [Fact]
    public void RefusedTransitions_AnswerWithTheReason_AndChangeNothing()
    {
        var r = _bot.Submit();
        _bot.Harness.AddPerson("王大爷", Core.People.Role.Resident);
        Assert.Contains("不是您的代购", _bot.Say("王大爷", $"取消代购 {r.Id}").Single().Text);
        Assert.Contains("当前是「待接单」", _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id}").Single().Text);
        Assert.Contains("当前是「待接单」", _bot.Say(PurchaseBot.Cadre, $"已送达 {r.Id}").Single().Text);
        Assert.Contains("送达后才能确认", _bot.Press(PurchaseBot.Resident, $"/received {r.Id}").Single().Text);

        _bot.Say(PurchaseBot.Cadre, $"接单 {r.Id}");
        Assert.Contains("不是您接的单", _bot.Say(PurchaseBot.OtherCadre, $"已买到 {r.Id}").Single().Text);
        Assert.Contains("不是您接的单", _bot.Say(PurchaseBot.OtherCadre, $"放弃接单 {r.Id} 有事").Single().Text);
        Assert.Contains("金额请写数字", _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id} 很多").Single().Text);

        _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id}");
        Assert.Contains("买到之后就不能撤回", _bot.Say(PurchaseBot.Resident, $"取消代购 {r.Id}").Single().Text);
        Assert.Contains("只有已接单、还没买到", _bot.Say(PurchaseBot.Cadre, $"放弃接单 {r.Id} 有事").Single().Text);
        Assert.Contains("送达后才能确认", _bot.Say(PurchaseBot.Cadre, $"确认收到 {r.Id}").Single().Text);
        Assert.Contains("没有找到代购 #999", _bot.Say(PurchaseBot.Cadre, "接单 999").Single().Text);
        Assert.Contains("例如「接单 12」", _bot.Say(PurchaseBot.Cadre, "接单").Single().Text);
        Assert.Contains("仅限", _bot.Say(PurchaseBot.Resident, $"接单 {r.Id}").Single().Text);
        Assert.Equal(PurchaseStatus.Bought, _bot.Store.Get(r.Id)!.Status);
    }

    [Fact]
    public void ResidentCancel_BeforeBought_TellsTheClaimerAndTheGroup()
    {
        var r = _bot.Submit();
        _bot.Say(PurchaseBot.Cadre, $"接单 {r.Id}");

        var cancelled = _bot.Say(PurchaseBot.Resident, $"取消代购 {r.Id}");

        Assert.Contains("已撤回", PurchaseBot.To(cancelled, PurchaseBot.Resident).Single().Text);
        Assert.Contains("不用再买了", PurchaseBot.To(cancelled, PurchaseBot.Cadre).Single().Text);
        Assert.Contains("已被居民撤回", PurchaseBot.To(cancelled, PurchaseBot.CadreGroup).Single().Text);
        Assert.Equal(PurchaseStatus.Cancelled, _bot.Store.Get(r.Id)!.Status);
    }

    [Fact]
    public void Views_ListMineAndClaims_WithStatusAndWaitingTime()
    {
        var first = _bot.Submit();
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(10));
        _bot.Harness.AddPerson("王大爷", Core.People.Role.Resident);
        var second = _bot.Submit("王大爷", "白菜一颗", "5-1-101");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(5));
        _bot.Say(PurchaseBot.Cadre, $"接单 {second.Id}");

        var list = _bot.Say(PurchaseBot.OtherCadre, "代购列表", PurchaseBot.CadreGroup).Single().Text;
        Assert.True(list.IndexOf($"#{first.Id}", StringComparison.Ordinal) < list.IndexOf($"#{second.Id}", StringComparison.Ordinal));
        Assert.Contains("已等待 15分钟", list);
        Assert.Contains("已接单（刘丰睿）", list);

        var mine = _bot.Say(PurchaseBot.Resident, "我的代购").Single().Text;
        Assert.Contains($"#{first.Id}", mine);
        Assert.Contains("待接单", mine);
        Assert.DoesNotContain($"#{second.Id}", mine);

        var claims = PurchaseBot.To(_bot.Say(PurchaseBot.Cadre, "我的接单", PurchaseBot.CadreGroup), PurchaseBot.Cadre).Single().Text;
        Assert.Contains("5号楼1单元101", claims);
        Assert.DoesNotContain($"#{first.Id} ·", claims);
    }

    public void Dispose() => _bot.Dispose();
}
