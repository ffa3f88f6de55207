using Bot.Core.People;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// One community group reached through WeCom, from <c>WeCom:Groups</c>: either a group robot (<see cref="Robot"/>, a
/// name under <c>WeCom:Robots</c>) or an app group chat the bot creates (<see cref="AppChatId"/> with its members).
/// At start the bot binds it to <see cref="Community"/> for <see cref="Purpose"/>, so notices reach it.
/// </summary>
public sealed class WeComGroupOptions
{
    /// <summary>The community's name, as in the roster.</summary>
    public string Community { get; set; } = "";

    /// <summary>Cadres (干部群) or Residents (居民群). Default Cadres.</summary>
    public GroupPurpose Purpose { get; set; } = GroupPurpose.Cadres;

    /// <summary>A robot name under <c>WeCom:Robots</c>; the group is then <c>robot:NAME</c>.</summary>
    public string? Robot { get; set; }

    /// <summary>The chat id to create the app group chat with (letters and digits, up to 32); the group is then <c>appchat:ID</c>.</summary>
    public string? AppChatId { get; set; }

    /// <summary>The app group chat's name shown in WeCom.</summary>
    public string Name { get; set; } = "";

    /// <summary>The userid owning the app group chat.</summary>
    public string Owner { get; set; } = "";

    /// <summary>Userids of the app group chat's members (at least two, the owner included).</summary>
    public List<string> Members { get; set; } = [];

    /// <summary>The chat id this group has in outgoing messages.</summary>
    public string ChatId => !string.IsNullOrWhiteSpace(Robot) ? WeComChatIds.Robot + Robot : WeComChatIds.AppChat + AppChatId;
}
