using Microsoft.Extensions.Options;

namespace Bot.Core.Configuration;

/// <summary>Local time in <c>Bot:TimeZone</c>: shift dates and times, daily summaries, what people read.</summary>
public sealed class BotClock(TimeProvider time, IOptions<BotOptions> options)
{
    private readonly TimeZoneInfo _zone = options.Value.Zone;

    public TimeProvider Time => time;

    public TimeZoneInfo Zone => _zone;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>Now, in the bot's time zone.</summary>
    public DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    public DateTimeOffset ToLocal(DateTime utc) => ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>The instant of a local date and time (for ambiguous or skipped local times, the standard offset).</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly timeOfDay)
    {
        var local = date.ToDateTime(timeOfDay, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
