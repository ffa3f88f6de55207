namespace Bot.Core.Storage;

/// <summary>Options of the <c>Storage</c> section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>
    /// Where the data lives: <c>LiteDb</c> (the default: one data file, one bot process) or <c>Postgres</c> (a
    /// PostgreSQL database in <see cref="ConnectionString"/>, shared by several hosts). Case-insensitive.
    /// </summary>
    public string Provider { get; set; } = StorageProviders.LiteDb;

    /// <summary>The Npgsql connection string when <see cref="Provider"/> is <c>Postgres</c>; unused otherwise.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Path of the LiteDB data file; its folder is created. Default <c>data/bot.db</c>.</summary>
    public string LiteDbPath { get; set; } = "data/bot.db";

    /// <summary>
    /// Handled inbox records older than this are deleted (they only serve to recognise a message delivered again;
    /// Telegram keeps an unconfirmed update for 24 h). At least 2 days. Default 7.00:00:00.
    /// </summary>
    public TimeSpan KeepInboxFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Sent or failed outbox records older than this are deleted. At least 1 day. Default 30.00:00:00.</summary>
    public TimeSpan KeepOutboxFor { get; set; } = TimeSpan.FromDays(30);
}
