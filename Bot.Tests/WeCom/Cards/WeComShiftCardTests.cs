using Bot.Core.Configuration;
using Bot.Core.People;
using Bot.Core.Shifts;
using Bot.Tests.Support;

namespace Bot.Tests.WeCom.Cards;

/// <summary>Sign-in point choices and 接班 as WeCom template cards, pressed through the encrypted app callback.</summary>
public sealed class WeComShiftCardTests(WeComCardHostFixture f) : IClassFixture<WeComCardHostFixture>
{
    [Fact]
    public async Task SignInWithTwoShiftsOpen_OffersACardOfPoints_AndAPressSignsInThere()
    {
        var d = new WeComCardDriver(f);
        var cadre = Some.Name("wxcadre");
        d.Add(cadre, "刘丰睿", Role.Cadre);
        Points(d, "1号岗", "消杀组");
        var start = Start();
        var gate = Roster(d, "1号岗", start, "刘丰睿");
        var disinfection = Roster(d, "消杀组", start, "刘丰睿");

        var choice = d.CardIn(await d.SayAsync(cadre, "签到"));
        Assert.Equal(2, choice.Buttons.Count);
        Assert.Contains(choice.Buttons, b => b.Key == "/signin 消杀组");

        var calls = await d.PressAsync(cadre, choice, "/signin 消杀组");

        Assert.True(Store.Entry(disinfection.Id)!.IsSignedIn);
        Assert.False(Store.Entry(gate.Id)!.IsSignedIn);
        Assert.Contains("已签到：消杀组", WeComCardDriver.TextsTo(calls, cadre), StringComparison.Ordinal);
        Assert.StartsWith("已按：消杀组", WeComCardDriver.ReplaceName(Assert.Single(WeComCardDriver.Updates(calls))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handover_SendsTheNextCadreATakeOverCard_AndTheirPressConfirmsIt()
    {
        var d = new WeComCardDriver(f);
        var (outgoing, incoming) = (Some.Name("wxcadre"), Some.Name("wxcadre"));
        d.Add(outgoing, "刘丰睿", Role.Cadre);
        d.Add(incoming, "郭洋", Role.Cadre);
        Points(d, "1号岗");
        var start = Start();
        var first = Roster(d, "1号岗", start, "刘丰睿");
        Roster(d, "1号岗", start.AddHours(3), "郭洋");
        await d.SayAsync(outgoing, "签到 1号岗");

        var handover = await d.SayAsync(outgoing, "交接 登记12 测温30");
        var card = d.CardIn(handover.Where(c => c.Str("touser") == incoming));
        Assert.Equal(("接班", $"/takeover {first.Id}"), Assert.Single(card.Buttons));

        var calls = await d.PressAsync(incoming, card, $"/takeover {first.Id}");

        Assert.NotNull(Store.Entry(first.Id)!.Handover!.TakenOverById);
        Assert.Equal("已按：接班", WeComCardDriver.ReplaceName(Assert.Single(WeComCardDriver.Updates(calls))));

        // The outgoing cadre cannot press the incoming cadre's card.
        var refused = await d.PressAsync(outgoing, card, $"/takeover {first.Id}");
        Assert.Equal("这张卡片不是发给您的，没有做任何操作。", WeComCardDriver.TextsTo(refused, outgoing));
    }

    private ShiftStore Store => f.Host.Get<ShiftStore>();

    private void Points(WeComCardDriver d, params string[] names)
    {
        foreach (var name in names)
        {
            Store.SavePoint(new DutyPoint { CommunityId = d.Community, Name = name, Kind = PostKind.PointDuty });
        }
    }

    /// <summary>Five minutes ago, local time, to the minute: a shift starting then is open for sign-in and not late.</summary>
    private DateTimeOffset Start()
    {
        var now = f.Host.Get<BotClock>().LocalNow.AddMinutes(-5);
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset);
    }

    private RosterEntry Roster(WeComCardDriver d, string point, DateTimeOffset start, string cadre)
    {
        Assert.True(ShiftTemplate.TryParse($"{start:HH:mm}-{start.AddHours(3):HH:mm}", out var template));
        var (entry, _, problem, detail) = f.Host.Get<RosterPlanner>().Add(d.Community, point, DateOnly.FromDateTime(start.DateTime), template, cadre);
        Assert.True(entry is not null, problem?.En + " " + detail);
        return entry!;
    }
}
