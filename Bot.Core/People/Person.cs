using Bot.Core.Texts;

namespace Bot.Core.People;

/// <summary>Someone the bot knows: a cadre, secretary or admin from the roster, or a resident who wrote in.</summary>
public sealed class Person
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public Role Role { get; set; }

    /// <summary>Community id; empty for a resident who has not picked one yet, or for a district admin.</summary>
    public string CommunityId { get; set; } = "";

    public string? Phone { get; set; }

    public bool PartyMember { get; set; }

    /// <summary>Telegram @username from the roster import, used to link the account on first contact.</summary>
    public string? TelegramUsername { get; set; }

    public string? TelegramUserId { get; set; }

    public string? WeComUserId { get; set; }

    /// <summary>Channel accounts, as "channel:userId" keys (indexed).</summary>
    public List<string> IdentityKeys { get; set; } = [];

    public Language Language { get; set; }

    /// <summary>Whether the language was chosen by the person (then platform hints no longer change it).</summary>
    public bool LanguageChosen { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The channel this person wrote on last; messages to them go there first.</summary>
    public string? LastChannel { get; set; }

    public bool IsStaff => Role is Role.Cadre or Role.Secretary or Role.Admin;

    /// <summary>A copy that shares nothing mutable with this one.</summary>
    public Person Copy()
    {
        var copy = (Person)MemberwiseClone();
        copy.IdentityKeys = [.. IdentityKeys];
        return copy;
    }

    public string? IdentityOn(string channel)
    {
        var prefix = channel + ":";
        var key = IdentityKeys.FirstOrDefault(k => k.StartsWith(prefix, StringComparison.Ordinal));
        return key?[prefix.Length..];
    }
}
