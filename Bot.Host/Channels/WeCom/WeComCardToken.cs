namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Reply tokens for template cards. A press carries <c>card|TASKID|RESPONSECODE</c> (its replies copy it, which is how
/// the sender knows they answer a press); the card update the press causes carries <c>cardupdate|TASKID|RESPONSECODE|USERID</c>.
/// Task ids and response codes never contain '|'.
/// </summary>
internal static class WeComCardToken
{
    private const string Press = "card|";
    private const string Update = "cardupdate|";

    public static string ForPress(string taskId, string responseCode) => Press + taskId + "|" + responseCode;

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
