using System.Globalization;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// The reply token an intelligent-bot message carries through the pipeline: its receive time and its one-shot
/// response_url (valid one hour), as <c>UNIXSECONDS|URL</c>.
/// </summary>
internal static class WeComReplyToken
{
    /// <summary>How long a response_url is used; WeCom allows one hour, we stop a little earlier.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(55);

    public static string Create(DateTimeOffset receivedAt, string responseUrl) =>
        receivedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "|" + responseUrl;

    public static bool TryParse(string? token, out DateTimeOffset receivedAt, out Uri? url)
    {
        receivedAt = default;
        url = null;
        var bar = token?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        if (bar <= 0 || !long.TryParse(token.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || !Uri.TryCreate(token![(bar + 1)..], UriKind.Absolute, out url))
        {
            return false;
        }

        receivedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }
}
