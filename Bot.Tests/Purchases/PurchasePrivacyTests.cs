using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

public sealed class PurchasePrivacyTests : IDisposable
{
    private readonly PurchaseBot _bot = new();

    [Fact]
    public void FullScenario_NoGroupMessageContainsAnAddressOrAnUnmaskedPhone()
    {
        _bot.Harness.AddPerson("王大爷", Role.Resident, phone: "13711112222");
        // Residents sometimes write their address and phone into the items as well.
        var a = _bot.Submit(items: "布洛芬1盒\n送到3-2-301，电话13912345678", address: "3-2-301");
        var b = _bot.Submit("王大爷", "鸡蛋10个 5号楼1单元101室", "5-1-101", window: "下午,到了打13711112222");
        _bot.Say(PurchaseBot.Cadre, "代购列表", PurchaseBot.CadreGroup);
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(61));
        _bot.Harness.Get<PurchaseReminderService>().Run();
        _bot.Press(PurchaseBot.Cadre, $"/claim {a.Id}", PurchaseBot.CadreGroup);
        _bot.Press(PurchaseBot.OtherCadre, $"/claim {a.Id}", PurchaseBot.CadreGroup);
        _bot.Press(PurchaseBot.OtherCadre, $"/claim {b.Id}", PurchaseBot.CadreGroup);
        _bot.Say(PurchaseBot.OtherCadre, $"放弃接单 {b.Id} 打不通13711112222", PurchaseBot.CadreGroup);
        _bot.Say(PurchaseBot.OtherCadre, "我的接单", PurchaseBot.CadreGroup);
        _bot.Say(PurchaseBot.Cadre, $"代购详情 {a.Id}", PurchaseBot.CadreGroup);
        _bot.Say(PurchaseBot.Cadre, $"已买到 {a.Id} 20", PurchaseBot.CadreGroup);
        _bot.Say(PurchaseBot.Cadre, $"已送达 {a.Id}", PurchaseBot.CadreGroup);
        _bot.Say(PurchaseBot.Secretary, "重点户 5-1-101 独居老人", PurchaseBot.CadreGroup);
        _bot.Say(PurchaseBot.Secretary, "代购列表", PurchaseBot.CadreGroup);
        _bot.Say("王大爷", $"取消代购 {b.Id}", PurchaseBot.ResidentGroup);

        var groupTexts = _bot.GroupTexts();
        Assert.True(groupTexts.Count >= 10, $"the scenario should talk to groups, got {groupTexts.Count} messages");
        Assert.All(groupTexts, text =>
        {
            Assert.False(PhoneNumbers.ContainsUnmasked(text), text);
            Assert.DoesNotContain("301", text);
            Assert.DoesNotContain("101", text);
            Assert.DoesNotContain("单元", text);
        });
        // The details did go out, privately, to the claimer.
        Assert.Contains(_bot.Harness.AllSent(), m => m.To.Kind == ChatKind.Private && m.To.ChatId == PurchaseBot.Cadre && m.Text.Contains("3号楼2单元301", StringComparison.Ordinal));
    }

    [Fact]
    public void Details_AreShownToClaimerUntilDelivered_AndToTheSecretary_ButNotToOtherCadres()
    {
        var r = _bot.Submit();
        _bot.Say(PurchaseBot.Cadre, $"接单 {r.Id}");

        Assert.Contains("3号楼2单元301", Info(PurchaseBot.Cadre, r.Id));
        Assert.Contains(PurchaseBot.ResidentPhone, Info(PurchaseBot.Secretary, r.Id));
        var other = Info(PurchaseBot.OtherCadre, r.Id);
        Assert.DoesNotContain("301", other);
        Assert.Contains("139****5678", other);
        Assert.DoesNotContain(PurchaseBot.ResidentPhone, other);

        _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id}");
        _bot.Say(PurchaseBot.Cadre, $"已送达 {r.Id}");

        Assert.DoesNotContain("301", Info(PurchaseBot.Cadre, r.Id));
        Assert.DoesNotContain(PurchaseBot.ResidentPhone, Info(PurchaseBot.Cadre, r.Id));
        Assert.DoesNotContain("301", Info(PurchaseBot.Secretary, r.Id));
        Assert.Contains("您目前没有接单", PurchaseBot.To(_bot.Say(PurchaseBot.Cadre, "我的接单"), PurchaseBot.Cadre).Single().Text);
    }

    private string Info(string name, int id) =>
        PurchaseBot.To(_bot.Say(name, $"代购详情 {id}"), name).Single().Text;

    public void Dispose() => _bot.Dispose();
}
