using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace Bot.Core.Configuration;

/// <summary>Validates the core sections at start, listing every problem at once.</summary>
public sealed class CoreOptionsValidator :
    IValidateOptions<BotOptions>, IValidateOptions<StorageOptions>, IValidateOptions<OutboxOptions>,
    IValidateOptions<ConversationOptions>, IValidateOptions<PeopleOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = new OptionsProblems();
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            p.Add("Bot:TimeZone", $"'{options.TimeZone}' is not a known time zone; use an IANA name such as Asia/Shanghai.");
        }

        return p.Result();
    }

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = new OptionsProblems();
        p.Require(!string.IsNullOrWhiteSpace(options.LiteDbPath), "Storage:LiteDbPath", "is empty; set the data file path, for example data/bot.db.");
        p.Require(options.LiteDbPath is null || options.LiteDbPath.IndexOfAny(Path.GetInvalidPathChars()) < 0,
            "Storage:LiteDbPath", "contains characters that cannot be in a path.");
        p.Require(options.KeepInboxFor >= TimeSpan.FromDays(2), "Storage:KeepInboxFor",
            $"must be at least 2.00:00:00 (platforms deliver a message again for up to a day), not {options.KeepInboxFor}.");
        p.Require(options.KeepOutboxFor >= TimeSpan.FromDays(1), "Storage:KeepOutboxFor", $"must be at least 1.00:00:00, not {options.KeepOutboxFor}.");
        StorageProviderProblems(options, p);
        return p.Result();
    }

    private static void StorageProviderProblems(StorageOptions options, OptionsProblems p)
    {
        var provider = StorageProviders.Normalize(options.Provider);
        if (provider is null)
        {
            p.Add("Storage:Provider", $"'{options.Provider}' is not a storage provider; use {string.Join(" or ", StorageProviders.All)} (the default is {StorageProviders.LiteDb}).");
            return;
        }

        if (provider != StorageProviders.Postgres)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            p.Add("Storage:ConnectionString", "is empty but Storage:Provider is Postgres; set it to an Npgsql connection string such as Host=db.example;Database=dutybot;Username=dutybot;Password=….");
        }
        else if (!PostgresDatabase.IsValidConnectionString(options.ConnectionString, out var why))
        {
            p.Add("Storage:ConnectionString", $"is not an Npgsql connection string ({why}); write it as Host=…;Database=…;Username=…;Password=….");
        }

    }

    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = new OptionsProblems();
        p.Require(options.MaxAttempts >= 1, "Outbox:MaxAttempts", $"must be at least 1, not {options.MaxAttempts}.");
        p.Positive(options.FirstRetryDelay, "Outbox:FirstRetryDelay");
        p.Positive(options.MaxRetryDelay, "Outbox:MaxRetryDelay");
        p.Positive(options.RescanInterval, "Outbox:RescanInterval");
        p.Positive(options.ClaimLease, "Outbox:ClaimLease");
        p.Positive(options.ClaimRenewInterval, "Outbox:ClaimRenewInterval");
        p.Require(options.ClaimLease <= TimeSpan.Zero || options.ClaimRenewInterval <= options.ClaimLease / 3, "Outbox:ClaimRenewInterval",
            $"must be at most a third of Outbox:ClaimLease ({options.ClaimLease}), not {options.ClaimRenewInterval}, so claims are renewed before they lapse; shorten the interval or lengthen the lease.");
        return p.Result();
    }

    public ValidateOptionsResult Validate(string? name, ConversationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = new OptionsProblems();
        p.Positive(options.IdleTimeout, "Conversations:IdleTimeout");
        return p.Result();
    }

    public ValidateOptionsResult Validate(string? name, PeopleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = new OptionsProblems();
        p.Positive(options.InviteValidity, "People:InviteValidity");
        return p.Result();
    }
}
