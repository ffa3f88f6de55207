namespace Bot.Host.Channels.WeCom;

/// <summary>An app group chat the bot created (appchat/create), so it is created once.</summary>
public sealed class WeComAppChatRecord
{
    /// <summary>The chat id.</summary>
    public string Id { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
