namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Options of the <c>WeCom</c> section. The channel runs when <see cref="CorpId"/> is set. Secrets
/// (<see cref="CorpSecret"/>, <see cref="Token"/>, <see cref="EncodingAesKey"/>, robot keys) are never logged.
/// </summary>
public sealed class WeComOptions
{
    public const string Section = "WeCom";

    /// <summary>The corp id (企业ID, "ww…"), also the receiveId of app callbacks. Empty: channel off.</summary>
    public string CorpId { get; set; } = "";

    /// <summary>The self-built app's AgentId.</summary>
    public long AgentId { get; set; }

    /// <summary>The self-built app's Secret.</summary>
    public string CorpSecret { get; set; } = "";

    /// <summary>The app callback's Token (接收消息 → Token).</summary>
    public string Token { get; set; } = "";

    /// <summary>The app callback's EncodingAESKey: 43 characters.</summary>
    public string EncodingAesKey { get; set; } = "";

    /// <summary>API root. Default https://qyapi.weixin.qq.com; private deployments and tests use another.</summary>
    public string ApiBaseUrl { get; set; } = "https://qyapi.weixin.qq.com";

    /// <summary>The intelligent bot (智能机器人); optional.</summary>
    public WeComBotOptions Bot { get; set; } = new();

    /// <summary>Group-robot webhook keys by a name you choose; a group chat <c>robot:NAME</c> is sent through it.</summary>
    public Dictionary<string, string> Robots { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Community groups reached through a robot or an app group chat, bound at start.</summary>
    public List<WeComGroupOptions> Groups { get; set; } = [];

    /// <summary>Longest text per message in characters. Default 680: WeCom allows 2048 bytes, and 680 × 3 UTF-8 bytes fits.</summary>
    public int MaxTextLength { get; set; } = 680;

    /// <summary>Messages per member per minute from the app. Default 30 (WeCom drops the excess silently).</summary>
    public int PrivatePerMinute { get; set; } = 30;

    /// <summary>Messages per member per hour from the app. Default 1000.</summary>
    public int PrivatePerHour { get; set; } = 1000;

    /// <summary>Messages per group per minute (robot webhooks allow 20). Default 20.</summary>
    public int GroupPerMinute { get; set; } = 20;

    /// <summary>User ids per message/send call. Default 1000 (the platform's maximum).</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>Window in which WeCom drops a repeated identical message (enable_duplicate_check). Default 30 min; at most 4 h.</summary>
    public TimeSpan DuplicateCheckInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long to wait after 45009/45033 (too many requests). Default 60 s.</summary>
    public TimeSpan ThrottleBackoff { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Tries for one message while WeCom answers -1 (system busy). Default 3.</summary>
    public int BusyRetries { get; set; } = 3;

    /// <summary>Timeout of one API request. Default 10 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Callbacks whose timestamp is further than this from now are refused. Default 5 min.</summary>
    public TimeSpan CallbackMaxSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest callback body accepted. Default 64 KB.</summary>
    public int MaxCallbackBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Messages with buttons to members go as template cards (button_interaction) whose presses come back as
    /// template_card_event callbacks. Default true; false: buttons are "reply …" lines, as in groups.
    /// </summary>
    public bool Cards { get; set; } = true;

    /// <summary>How long a card's buttons are honoured. Default 72 h: WeCom's ResponseCode, needed to update the card, lives that long.</summary>
    public TimeSpan CardValidity { get; set; } = TimeSpan.FromHours(72);

    /// <summary>True when the channel is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(CorpId);
}
