namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Reply tokens for template cards. A press carries <c>card|TASKID|RESPONSECODE</c> (its replies copy it, which is how
/// the sender knows they answer a press); the card update the press causes carries <c>cardupdate|TASKID|RESPONSECODE|USERID</c>.
/// Task ids and response codes never contain '|'.
/// </summary>
internal static class WeComCardToken
{
    private const string Press = "card|";
    private const string BotPress = "aicard|";
    private const string Update = "cardupdate|";

    public static string ForPress(string taskId, string responseCode) => Press + taskId + "|" + responseCode;

    /// <summary>An intelligent-bot press: <c>aicard|TASKID</c>, then <c>|</c> and its response_url reply token when it has one.</summary>
    public static string ForBotPress(string taskId, string? replyToken) => BotPress + taskId + (replyToken is null ? "" : "|" + replyToken);

    /// <summary>The task_id of an intelligent-bot press token, and the response_url reply token it carries (or null).</summary>
    public static bool TryParseBotPress(string? token, out string taskId, out string? replyToken)
    {
        taskId = "";
        replyToken = null;
        if (token is null || !token.StartsWith(BotPress, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = token[BotPress.Length..];
        var bar = rest.IndexOf('|', StringComparison.Ordinal);
        (taskId, replyToken) = bar < 0 ? (rest, null) : (rest[..bar], rest[(bar + 1)..]);
        return taskId.Length > 0;
    }

    /// <summary>The response_url reply token inside <paramref name="token"/> (an intelligent-bot press), else the token itself.</summary>
    public static string? ReplyPart(string? token) => TryParseBotPress(token, out _, out var reply) ? reply : token;

    /// <summary>The card update an intelligent-bot press causes: <c>aiupdate|</c> and the press's token. Given only passively.</summary>
    public static string ForBotUpdate(string pressToken) => "aiupdate|" + pressToken;

    public static bool IsBotUpdate(string? token) => token?.StartsWith("aiupdate|", StringComparison.Ordinal) == true;

    public static string ForUpdate(string taskId, string responseCode, string user) => Update + taskId + "|" + responseCode + "|" + user;

    public static bool TryParsePress(string? token, out string taskId, out string responseCode)
    {
        taskId = responseCode = "";
        if (token is null || !token.StartsWith(Press, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = token[Press.Length..].Split('|');
        if (parts.Length != 2 || parts[0].Length == 0)
        {
            return false;
        }

        (taskId, responseCode) = (parts[0], parts[1]);
        return true;
    }

    public static bool TryParseUpdate(string? token, out string taskId, out string responseCode, out string user)
    {
        taskId = responseCode = user = "";
        if (token is null || !token.StartsWith(Update, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = token[Update.Length..].Split('|');
        if (parts.Length != 3 || parts[0].Length == 0)
        {
            return false;
        }

        (taskId, responseCode, user) = (parts[0], parts[1], parts[2]);
        return true;
    }
}
