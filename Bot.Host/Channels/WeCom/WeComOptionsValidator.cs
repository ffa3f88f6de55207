using Bot.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

/// <summary>Checks the <c>WeCom</c> section at start and lists every problem in words a deployer can act on.</summary>
public sealed class WeComOptionsValidator : IValidateOptions<WeComOptions>
{
    public ValidateOptionsResult Validate(string? name, WeComOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var p = new OptionsProblems();
        p.Require(options.AgentId > 0, "WeCom:AgentId", "is missing; copy the AgentId of the self-built app (应用管理 → the app).");
        p.Require(!string.IsNullOrWhiteSpace(options.CorpSecret), "WeCom:CorpSecret", "is empty; copy the app's Secret (应用管理 → the app → Secret).");
        p.Require(!string.IsNullOrWhiteSpace(options.Token), "WeCom:Token", "is empty; copy the Token shown under the app's 接收消息 → 设置API接收.");
        AesKey(p, options.EncodingAesKey, "WeCom:EncodingAesKey");
        p.Require(Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) && api.Scheme is "http" or "https",
            "WeCom:ApiBaseUrl", "must be an absolute http(s) URL such as https://qyapi.weixin.qq.com.");
        if (options.Bot.Enabled || !string.IsNullOrEmpty(options.Bot.EncodingAesKey))
        {
            p.Require(options.Bot.Enabled, "WeCom:Bot:Token", "is empty while WeCom:Bot:EncodingAesKey is set; copy the intelligent bot's Token.");
            AesKey(p, options.Bot.EncodingAesKey, "WeCom:Bot:EncodingAesKey");
        }

        foreach (var (robot, key) in options.Robots)
        {
            p.Require(!string.IsNullOrWhiteSpace(key), $"WeCom:Robots:{robot}", "is empty; put the key=… part of the group robot's webhook URL.");
        }

        foreach (var (chat, robot) in options.Bot.GroupRobots)
        {
            p.Require(options.Robots.ContainsKey(robot), $"WeCom:Bot:GroupRobots:{chat}",
                $"names robot '{robot}', which is not under WeCom:Robots; add it there or fix the name.");
        }

        for (var i = 0; i < options.Groups.Count; i++)
        {
            Group(p, options, options.Groups[i], $"WeCom:Groups:{i}");
        }

        p.Require(options.MaxTextLength is >= 16 and <= 2048, "WeCom:MaxTextLength", $"must be 16..2048 characters, not {options.MaxTextLength}.");
        p.Require(options.PrivatePerMinute >= 1, "WeCom:PrivatePerMinute", "must be at least 1 (WeCom allows 30).");
        p.Require(options.PrivatePerHour >= 1, "WeCom:PrivatePerHour", "must be at least 1 (WeCom allows 1000).");
        p.Require(options.GroupPerMinute >= 1, "WeCom:GroupPerMinute", "must be at least 1 (robots allow 20).");
        p.Require(options.MaxBatchSize is >= 1 and <= 1000, "WeCom:MaxBatchSize", $"must be 1..1000, not {options.MaxBatchSize}.");
        p.Require(options.DuplicateCheckInterval > TimeSpan.Zero && options.DuplicateCheckInterval <= TimeSpan.FromHours(4),
            "WeCom:DuplicateCheckInterval", "must be between 00:00:01 and 04:00:00.");
        p.Positive(options.ThrottleBackoff, "WeCom:ThrottleBackoff");
        p.Positive(options.RequestTimeout, "WeCom:RequestTimeout");
        p.Positive(options.CallbackMaxSkew, "WeCom:CallbackMaxSkew");
        p.Require(options.BusyRetries >= 1, "WeCom:BusyRetries", "must be at least 1.");
        p.Require(options.Bot.PassiveReplyWait >= TimeSpan.Zero && options.Bot.PassiveReplyWait <= TimeSpan.FromSeconds(4), "WeCom:Bot:PassiveReplyWait",
            "must be between 00:00:00 (off) and 00:00:04 (WeCom waits 5 s for a callback's answer).");
        p.Require(options.CardValidity > TimeSpan.Zero && options.CardValidity <= TimeSpan.FromHours(72), "WeCom:CardValidity",
            "must be between 00:00:01 and 3.00:00:00 (a card can be updated for 72 hours after a press).");
        p.Require(options.MaxCallbackBytes >= 1024, "WeCom:MaxCallbackBytes", "must be at least 1024.");
        return p.Result();
    }

    private static void Group(OptionsProblems p, WeComOptions options, WeComGroupOptions g, string key)
    {
        p.Require(!string.IsNullOrWhiteSpace(g.Community), key + ":Community", "is empty; put the community's name as in the roster.");
        var robot = !string.IsNullOrWhiteSpace(g.Robot);
        var appChat = !string.IsNullOrWhiteSpace(g.AppChatId);
        p.Require(robot != appChat, key, "needs exactly one of Robot (a name under WeCom:Robots) or AppChatId.");
        if (robot)
        {
            p.Require(options.Robots.ContainsKey(g.Robot!), key + ":Robot", $"names robot '{g.Robot}', which is not under WeCom:Robots.");
        }

        if (appChat)
        {
            p.Require(g.AppChatId!.Length <= 32 && g.AppChatId.All(char.IsAsciiLetterOrDigit), key + ":AppChatId",
                "must be 1..32 letters or digits.");
            p.Require(!string.IsNullOrWhiteSpace(g.Owner) && g.Members.Contains(g.Owner), key + ":Owner",
                "must be a userid that is also listed under Members.");
            p.Require(g.Members.Count >= 2, key + ":Members", "needs at least two userids (WeCom's minimum for a group chat).");
        }
    }

    private static void AesKey(OptionsProblems p, string value, string key)
    {
        try
        {
            _ = WXBizMsgCrypt.DecodeKey(value);
        }
        catch (WeComCryptoException)
        {
            p.Add(key, $"must be the 43-character EncodingAESKey from the admin console (it has {value?.Length ?? 0} characters).");
        }
    }
}
