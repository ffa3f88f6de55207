using Bot.Bench;
using Bot.Core.Messaging;
using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Core.Shifts;
using Bot.Tests.Support.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Benchmarks;

/// <summary>
/// The benchmark seeds its district through the bot's store interfaces (<see cref="BenchStorage"/>), so the same code
/// fills a LiteDB file or a throwaway PostgreSQL database: both must end up holding the same district.
/// </summary>
public abstract class BenchSeedContract
{
    private const int Cadres = 128;
    private const int Residents = 64;
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The PostgreSQL server to create the database on, or null for a LiteDB file.</summary>
    protected abstract string? Server { get; }

    [Fact]
    public void Seeding_WritesTheWholeDistrict_ReadBackThroughTheStores()
    {
        var district = new District(Cadres, Residents);
        using var storage = BenchStorage.Create("seed-test", Server);
        storage.Seed(stores =>
        {
            district.Seed(stores);
            district.SeedFeatures(stores, Now);
        });

        using var services = storage.Services();
        var people = services.GetRequiredService<IPeopleStore>();
        var communities = services.GetRequiredService<ICommunityStore>();
        var shifts = services.GetRequiredService<IShiftStore>();
        var notices = services.GetRequiredService<INoticeStore>();

        Assert.Equal(Cadres + Residents, people.Count());
        Assert.Equal(District.Communities, communities.Communities().Count);
        Assert.All(communities.Communities(), c => Assert.Equal(2, communities.GroupsOf(c.Name, GroupPurpose.Cadres).Count));
        Assert.Equal(DistrictShifts.Points, communities.Communities().Sum(c => shifts.Points(c.Name).Count));
        Assert.Equal(Cadres, shifts.EndingAfter(Now.UtcDateTime).Count);

        var cadre = district.Members[70];
        var found = people.FindByIdentity(ChannelNames.Telegram, cadre.TelegramId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((cadre.Name, Role.Cadre, District.Community(cadre.Community)), (found?.Name, found?.Role, found?.CommunityId));
        Assert.Equal("居民3", people.FindByWeComUserId("r3")?.Name);
        var entry = Assert.Single(shifts.OfCadre(District.PersonId(cadre)));
        Assert.Equal(DistrictShifts.PointName(DistrictShifts.PointOf(cadre, 70)), entry.PointName);
        Assert.Equal(Now.UtcDateTime.AddMinutes(20), entry.StartUtc);

        var notice = Assert.Single(notices.Recent(null, 10));
        Assert.Equal(NoticeStatus.Sent, notice.Status);
        Assert.Equal(Cadres, notices.Recipients(notice.Id).Count);
    }

    [Fact]
    public void Disposing_RemovesTheDataFileOrDropsTheDatabase()
    {
        var storage = BenchStorage.Create("seed-test", Server);
        Assert.True(Exists(storage.Settings));
        storage.Dispose();
        Assert.False(Exists(storage.Settings));
    }

    private bool Exists(Dictionary<string, string?> settings)
    {
        if (Server is null)
        {
            return Directory.Exists(Path.GetDirectoryName(settings["Storage:LiteDbPath"]));
        }

        var name = new Npgsql.NpgsqlConnectionStringBuilder(settings["Storage:ConnectionString"]).Database!;
        Assert.StartsWith("dutybot_bench_", name, StringComparison.Ordinal);
        using var connection = new Npgsql.NpgsqlConnection(Server);
        connection.Open();
        using var exists = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", connection);
        exists.Parameters.AddWithValue("n", name);
        return (long)exists.ExecuteScalar()! == 1;
    }
}

public sealed class LiteDbBenchSeedTests : BenchSeedContract
{
    protected override string? Server => null;
}

public sealed class PostgresBenchSeedTests : BenchSeedContract
{
    protected override string? Server => PostgresServer.AdminConnectionString;
}
