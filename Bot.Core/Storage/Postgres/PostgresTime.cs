namespace Bot.Core.Storage.Postgres;

/// <summary>Dates for <c>timestamptz</c> columns: stored dates are UTC (as in LiteDB), and Npgsql writes one only from a UTC DateTime.</summary>
public static class PostgresTime
{
    /// <summary><paramref name="value"/> as UTC: a local time converted, an unspecified one taken as UTC.</summary>
    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
