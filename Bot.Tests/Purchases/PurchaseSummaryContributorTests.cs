using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Core.Shifts;
using Bot.Core.Texts;
using Bot.Tests.Shifts;

namespace Bot.Tests.Purchases;

/// <summary>The secretary's daily summary (Shifts) carries the day's purchase figures (Purchases).</summary>
public sealed class PurchaseSummaryContributorTests : IDisposable
{
    private readonly ShiftsWorld _w = new(s => s.AddPurchases());

    [Fact]
    public void DailySummary_IncludesTheDaysPurchaseFigures()
    {
        _w.H.Say(ShiftsWorld.Resident, "代购 布洛芬1盒");
        _w.H.Press(ShiftsWorld.Resident, "药");
        _w.H.Say(ShiftsWorld.Resident, "3-2-301");
        _w.H.Say(ShiftsWorld.Resident, "跳过");
        _w.H.Press(ShiftsWorld.Resident, "尽快");
        _w.H.Press(ShiftsWorld.Resident, "提交");
        Assert.Single(_w.H.Get<PurchaseStore>().OfResident(_w.H.People.FindByName(ShiftsWorld.Resident)!.Id));
        _w.H.TakeSent();

        _w.At(2, 20, 0);
        Assert.Equal(1, _w.H.Get<DailySummaryService>().RunDue());

        var summary = Assert.Single(_w.H.TakeSent(), m => m.To.ChatId == ShiftsWorld.Secretary).Text;
        var expected = PurchasesTexts.Figures.Format(Language.ZhHans, "2026-03-02", 1, 0, 0,
            PurchasesTexts.NotAvailable.Get(Language.ZhHans), PurchasesTexts.NotAvailable.Get(Language.ZhHans), 1);
        Assert.Contains(expected, summary, StringComparison.Ordinal);
    }

    public void Dispose() => _w.Dispose();
}
