using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Bench;

/// <summary>
/// The district population of the seed at benchmark scale: 64 communities, 3,224 cadres (the first of each community
/// its secretary), 2,000 residents, one Telegram cadres' group and one WeCom app group per community.
/// </summary>
internal sealed class District
{
    public const int Communities = 64;
    public const int Cadres = 3224;
    public const int Residents = 2000;

    /// <summary>The benchmark's district, or a smaller one (the same 64 communities) for tests.</summary>
    public District(int cadres = Cadres, int residents = Residents)
    {
        if (cadres < Communities)
        {
            throw new ArgumentOutOfRangeException(nameof(cadres), "every community needs its secretary");
        }

        Members = Build(cadres, residents);
    }

    public IReadOnlyList<Member> Members { get; }

    public static string Community(int k) => "社区" + (k + 1).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The person id the seed gives a member (its WeCom user id: c12, r7), so features' records can name them.</summary>
    public static string PersonId(Member m) => m.WeComId;

    /// <summary>Telegram supergroup id of community <paramref name="k"/>'s cadres' group.</summary>
    public static long TelegramGroup(int k) => -1_001_000_000_000 - k;

    public static string WeComGroup(int k) => "grp" + k.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes communities, people and group bindings through the bot's own store interfaces, resolved from
    /// <paramref name="stores"/> (LiteDB or PostgreSQL as its Storage:Provider says), in one transaction.
    /// </summary>
    public void Seed(IServiceProvider stores)
    {
        var people = stores.GetRequiredService<IPeopleStore>();
        var communities = stores.GetRequiredService<ICommunityStore>();
        stores.GetRequiredService<IUnitOfWork>().InTransaction(() =>
        {
            for (var k = 0; k < Communities; k++)
            {
                communities.EnsureCommunity(Community(k));
                communities.BindGroup(new GroupBinding { Channel = ChannelNames.Telegram, ChatId = TelegramGroup(k).ToString(CultureInfo.InvariantCulture), CommunityId = Community(k), Purpose = GroupPurpose.Cadres, BoundBy = "bench" });
                communities.BindGroup(new GroupBinding { Channel = ChannelNames.WeCom, ChatId = "appchat:" + WeComGroup(k), CommunityId = Community(k), Purpose = GroupPurpose.Cadres, BoundBy = "bench" });
            }

            foreach (var m in Members)
            {
                var person = new Person
                {
                    Id = PersonId(m),
                    Name = m.Name,
                    Role = m.Role,
                    CommunityId = Community(m.Community),
                    Phone = m.Phone,
                    PartyMember = m.Role != Role.Resident,
                    TelegramUserId = m.TelegramId.ToString(CultureInfo.InvariantCulture),
                    WeComUserId = m.WeComId,
                };
                person.IdentityKeys.Add($"{ChannelNames.Telegram}:{m.TelegramId}");
                person.IdentityKeys.Add($"{ChannelNames.WeCom}:{m.WeComId}");
                people.Save(person);
            }
        });
    }

    /// <summary>
    /// Every cadre rostered on a point of their community for a shift starting 20 minutes after
    /// <paramref name="now"/> (sign-in is open, the first reminder falls after the run) and the district's bulletin sent
    /// to every cadre, so 签到, 交接, 在岗 and 已阅 do their real work rather than explain that there is nothing to do.
    /// </summary>
    public void SeedFeatures(IServiceProvider stores, DateTimeOffset now)
    {
        var start = now.UtcDateTime.AddMinutes(20);
        DistrictShifts.Seed(stores, Members.Select((m, i) => (Member: m, Index: i)).Where(x => x.Member.Role != Role.Resident)
            .Select(x => (x.Member, x.Index, start, start.AddHours(8))));
        BroadcastWorkload.SeedSent(stores, this, now);
    }

    private static List<Member> Build(int cadres, int residents)
    {
        var list = new List<Member>(cadres + residents);
        for (var i = 0; i < cadres; i++)
        {
            var community = i % Communities;
            var role = i < Communities ? Role.Secretary : Role.Cadre;
            list.Add(new Member($"干部{i}", role, community, 1_000_000 + i, "c" + i, Phone(i)));
        }

        for (var i = 0; i < residents; i++)
        {
            list.Add(new Member($"居民{i}", Role.Resident, i % Communities, 2_000_000 + i, "r" + i, Phone(Cadres + i)));
        }

        return list;
    }

    private static string Phone(int i) => "139" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture);
}
