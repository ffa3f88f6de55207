namespace Bot.Core.Notices;

/// <summary>
/// LiteDB hands stored dates back in the machine's local time unless the connection asks for UTC; notices keep their
/// instants as UTC whatever the server's time zone, so every stored date passes through here when it is set.
/// </summary>
internal static class StoredTime
{
    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    public static DateTime? AsUtc(DateTime? value) => value is { } v ? AsUtc(v) : null;
}
