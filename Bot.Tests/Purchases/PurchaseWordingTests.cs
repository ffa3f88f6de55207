namespace Bot.Tests.Purchases;

/// <summary>How purchase replies read: volunteers named in full, durations as 1小时5分, what people wrote forwarded as written.</summary>
public sealed class PurchaseWordingTests : IDisposable
{
    private readonly PurchaseBot _bot = new();

    [Fact]
    public void Resident_IsToldTheVolunteersFullName()
    {
        var r = _bot.Submit();

        var claim = _bot.Press(PurchaseBot.OtherCadre, $"/claim {r.Id}", PurchaseBot.CadreGroup);

        Assert.Contains("志愿者 郭洋 接单", PurchaseBot.To(claim, PurchaseBot.Resident).Single().Text, StringComparison.Ordinal);
        Assert.Contains("（郭洋）", _bot.Say(PurchaseBot.Resident, "我的代购").Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WaitingTime_ReadsAsHoursAndMinutes()
    {
        _bot.Submit();
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(65));

        var list = _bot.Say(PurchaseBot.Cadre, "代购列表").Single().Text;

        Assert.Contains("1小时5分", list, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemsAndReleaseReason_AreForwardedAsWritten()
    {
        var r = _bot.Submit(items: "布洛芬1盒，退烧贴（儿童）");
        var post = PurchaseBot.To(_bot.Harness.AllSent(), PurchaseBot.CadreGroup).Last();
        Assert.Contains("布洛芬1盒，退烧贴（儿童）", post.Text, StringComparison.Ordinal);
        _bot.Say(PurchaseBot.Cadre, $"接单 {r.Id}");

        var released = _bot.Say(PurchaseBot.Cadre, $"放弃接单 {r.Id} 临时有值守任务，抱歉。");

        Assert.Contains("临时有值守任务，抱歉。", PurchaseBot.To(released, PurchaseBot.CadreGroup).Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PriorityHouseholdNote_IsKeptAsWritten()
    {
        _bot.Say(PurchaseBot.Secretary, "重点户 5-1-101 独居老人，腿脚不便（需送上楼）");

        var list = _bot.Say(PurchaseBot.Secretary, "重点户").Single().Text;

        Assert.Contains("独居老人，腿脚不便（需送上楼）", list, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
