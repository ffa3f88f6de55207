namespace Bot.Core.Storage;

/// <summary>Options of the <c>Storage</c> section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Path of the LiteDB data file; its folder is created. Default <c>data/bot.db</c>.</summary>
    public string LiteDbPath { get; set; } = "data/bot.db";
}
