namespace Bot.Core.Shifts;

/// <summary>
/// LiteDB hands stored DateTimes back in the server's local time (Kind Local); the Shifts records keep every instant as
/// UTC by passing each one through here in its setter, so arithmetic on them is right whatever the server's time zone.
/// </summary>
internal static class UtcTime
{
    public static DateTime Of(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Utc => value,
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static DateTime? Of(DateTime? value) => value is { } v ? Of(v) : null;
}
