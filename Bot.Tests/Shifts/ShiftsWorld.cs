using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Shifts;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Shifts;

/// <summary>
/// A <see cref="BotHarness"/> with Shifts: 静园社区 with a secretary, three cadres, a resident, a cadres' group and three
/// points (1号岗 with coordinates and a 150 m radius). Time starts at 2026-03-02 09:00 Asia/Shanghai.
/// </summary>
internal sealed class ShiftsWorld : IDisposable
{
    public const string Community = "静园社区";
    public const string Secretary = "张书记";
    public const string Liu = "刘丰睿";
    public const string Guo = "郭洋";
    public const string Wang = "王芳";
    public const string Resident = "李姨";
    public const string CadresGroup = "cadres-group";
    public static readonly GeoPoint Gate1 = new(39.1186, 117.1960);
    public static readonly DateOnly Today = new(2026, 3, 2);

    public ShiftsWorld(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        H = new BotHarness(services =>
        {
            services.AddShifts();
            configure?.Invoke(services);
        }, settings);
        H.AddPerson(Secretary, Role.Secretary);
        H.AddPerson(Liu, Role.Cadre);
        H.AddPerson(Guo, Role.Cadre);
        H.AddPerson(Wang, Role.Cadre);
        H.AddPerson(Resident, Role.Resident);
        H.BindGroup(CadresGroup, GroupPurpose.Cadres);
        Store.SavePoint(new DutyPoint
        {
            CommunityId = Community, Name = "1号岗", Aliases = ["北门"], Kind = PostKind.PointDuty,
            Latitude = Gate1.Latitude, Longitude = Gate1.Longitude, RadiusMeters = 150,
        });
        Store.SavePoint(new DutyPoint { CommunityId = Community, Name = "2号岗", Aliases = ["南门"], Kind = PostKind.PointDuty });
        Store.SavePoint(new DutyPoint { CommunityId = Community, Name = "消杀组", Kind = PostKind.Disinfection });
    }

    public BotHarness H { get; }

    public ShiftStore Store => H.Get<ShiftStore>();

    public ShiftReminderService Reminders => H.Get<ShiftReminderService>();

    /// <summary>Rosters a shift (local times) and returns the entry.</summary>
    public RosterEntry Roster(string point, string shift, string cadre, DateOnly? date = null)
    {
        Assert.True(ShiftTemplate.TryParse(shift, out var template));
        var (entry, _, problem, detail) = H.Get<RosterPlanner>().Add(Community, point, date ?? Today, template, cadre);
        Assert.True(entry is not null, problem?.En + " " + detail);
        H.TakeSent();
        return entry!;
    }

    /// <summary>Moves the fake clock forward to a local time (Asia/Shanghai).</summary>
    public void At(int day, int hour, int minute = 0) =>
        H.Time.SetUtcNow(new DateTimeOffset(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(8)));

    public RosterEntry Reload(RosterEntry e) => Store.Entry(e.Id)!;

    /// <summary>Texts of the messages among <paramref name="sent"/> addressed to a person's private console chat.</summary>
    public static List<string> To(IEnumerable<OutgoingMessage> sent, string person) =>
        sent.Where(m => m.To.ChatId == person && m.To.Kind == ChatKind.Private).Select(m => m.Text).ToList();

    public static string Single(IEnumerable<OutgoingMessage> sent, string person) => Assert.Single(To(sent, person));

    public void Dispose() => H.Dispose();
}
