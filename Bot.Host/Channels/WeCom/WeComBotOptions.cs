namespace Bot.Host.Channels.WeCom;

/// <summary>Options of <c>WeCom:Bot</c>, the intelligent bot (智能机器人) that receives @-mentions in groups.</summary>
public sealed class WeComBotOptions
{
    /// <summary>The bot callback's Token. Empty: the bot callback is off.</summary>
    public string Token { get; set; } = "";

    /// <summary>The bot callback's EncodingAESKey: 43 characters.</summary>
    public string EncodingAesKey { get; set; } = "";

    /// <summary>
    /// For group chats the bot is in: the robot (a name in <c>WeCom:Robots</c>) that answers once a message's
    /// one-shot response_url is spent or expired, keyed by the group's chatid.
    /// </summary>
    public Dictionary<string, string> GroupRobots { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// How long a callback waits for its reply to be ready, to give it in the HTTP response (a stream or template-card
    /// passive reply, or the update of a pressed card) instead of through the response_url. Default 2 s (WeCom waits
    /// 5 s); 00:00:00 turns passive replies off. The reply stays in the outbox either way.
    /// </summary>
    public TimeSpan PassiveReplyWait { get; set; } = TimeSpan.FromSeconds(2);

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);
}
