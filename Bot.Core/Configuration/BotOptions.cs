namespace Bot.Core.Configuration;

/// <summary>Options of the <c>Bot</c> section.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>IANA time zone that shift times, dates and daily summaries are in. Default <c>Asia/Shanghai</c>.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
