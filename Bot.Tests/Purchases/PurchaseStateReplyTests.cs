using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

/// <summary>Replies that agree with the request's state: a withdrawn request says so; 已送达 alone is accepted.</summary>
public sealed class PurchaseStateReplyTests : IDisposable
{
    private readonly PurchaseBot _bot = new();

    [Fact]
    public void Claim_OfAWithdrawnRequest_SaysItWasWithdrawn()
    {
        var r = _bot.Submit();
        _bot.Say(PurchaseBot.Resident, $"取消代购 {r.Id}");

        var reply = _bot.Press(PurchaseBot.Cadre, $"/claim {r.Id}", PurchaseBot.CadreGroup).Single();

        Assert.Contains("撤回", reply.Text, StringComparison.Ordinal);
        Assert.Equal(PurchaseStatus.Cancelled, _bot.Store.Get(r.Id)!.Status);
    }

    [Fact]
    public void Claim_OfARequestWithdrawnAfterItWasClaimed_SaysItWasWithdrawn_NotWhoClaimedIt()
    {
        var r = _bot.Submit();
        _bot.Press(PurchaseBot.Cadre, $"/claim {r.Id}", PurchaseBot.CadreGroup);
        _bot.Say(PurchaseBot.Resident, $"取消代购 {r.Id}");

        var reply = _bot.Press(PurchaseBot.OtherCadre, $"/claim {r.Id}", PurchaseBot.CadreGroup).Single();

        Assert.Contains("撤回", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("已经由", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancel_OfARequestAlreadyWithdrawn_SaysSo_NotThatItWasBought()
    {
        var r = _bot.Submit();
        _bot.Press(PurchaseBot.Cadre, $"/claim {r.Id}", PurchaseBot.CadreGroup);
        _bot.Say(PurchaseBot.Resident, $"取消代购 {r.Id}");

        var again = _bot.Say(PurchaseBot.Resident, $"取消代购 {r.Id}");

        // Like 接单 of a withdrawn request: the reply names the withdrawal, not "once bought … talk to your volunteer".
        var reply = again.Single();
        Assert.Equal($"代购 #{r.Id} 已经撤回了。", reply.Text);
        Assert.Equal(PurchaseStatus.Cancelled, _bot.Store.Get(r.Id)!.Status);
    }

    [Fact]
    public void Received_OfAWithdrawnRequest_SaysItWasWithdrawn_NotThatItCanBeConfirmedLater()
    {
        var r = _bot.Submit();
        _bot.Say(PurchaseBot.Resident, $"取消代购 {r.Id}");

        var reply = _bot.Say(PurchaseBot.Resident, $"确认收到 {r.Id}").Single();

        // "Can be confirmed once delivered" would promise a delivery that will never come.
        Assert.Equal($"代购 #{r.Id} 已经撤回了。", reply.Text);
        Assert.Equal(PurchaseStatus.Cancelled, _bot.Store.Get(r.Id)!.Status);
    }

    [Fact]
    public void Delivered_WithoutBoughtFirst_IsAccepted_AndImpliesBought()
    {
        var r = _bot.Submit();
        _bot.Press(PurchaseBot.Cadre, $"/claim {r.Id}", PurchaseBot.CadreGroup);

        var sent = _bot.Say(PurchaseBot.Cadre, $"已送达 {r.Id}");

        Assert.Contains("已送达", PurchaseBot.To(sent, PurchaseBot.Cadre).Single().Text, StringComparison.Ordinal);
        Assert.Contains("已放在您家门口", PurchaseBot.To(sent, PurchaseBot.Resident).Single().Text, StringComparison.Ordinal);
        var stored = _bot.Store.Get(r.Id)!;
        Assert.Equal(PurchaseStatus.Delivered, stored.Status);
        Assert.NotNull(stored.BoughtAtUtc);
        Assert.Null(stored.Amount);
    }

    [Fact]
    public void Delivered_WithAnAmount_RecordsIt_AndTellsTheResident()
    {
        var r = _bot.Submit();
        _bot.Press(PurchaseBot.Cadre, $"/claim {r.Id}", PurchaseBot.CadreGroup);

        var sent = _bot.Say(PurchaseBot.Cadre, $"已送达 {r.Id} 35.5元");

        Assert.Equal(35.5m, _bot.Store.Get(r.Id)!.Amount);
        Assert.Contains("35.5", PurchaseBot.To(sent, PurchaseBot.Resident).Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Delivered_ByAnotherCadre_IsStillRefused()
    {
        var r = _bot.Submit();
        _bot.Press(PurchaseBot.Cadre, $"/claim {r.Id}", PurchaseBot.CadreGroup);

        var reply = _bot.Say(PurchaseBot.OtherCadre, $"已送达 {r.Id}").Single();

        Assert.Contains("不是您接的单", reply.Text, StringComparison.Ordinal);
        Assert.Equal(PurchaseStatus.Claimed, _bot.Store.Get(r.Id)!.Status);
    }

    public void Dispose() => _bot.Dispose();
}
