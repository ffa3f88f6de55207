namespace Bot.Host.Channels.WeCom;

/// <summary>
/// The app's message/send to userids joined by '|', with WeCom's duplicate check on: an identical body within
/// <c>WeCom:DuplicateCheckInterval</c> is not delivered again (a resend after a crash or a retry).
/// </summary>
internal sealed class WeComAppMessages(WeComApiClient api, WeComOptions options)
{
    public Task<WeComApiResult> SendTextAsync(string users, string text, CancellationToken cancellationToken) =>
        SendAsync(users, "text", new { content = text }, cancellationToken);

    /// <summary>An image by the media_id it came in with (a received image's MediaId stays valid for three days).</summary>
    public Task<WeComApiResult> SendImageAsync(string user, string mediaId, CancellationToken cancellationToken) =>
        SendAsync(user, "image", new { media_id = mediaId }, cancellationToken);

    public Task<WeComApiResult> SendFileAsync(string users, string mediaId, CancellationToken cancellationToken) =>
        SendAsync(users, "file", new { media_id = mediaId }, cancellationToken);

    private Task<WeComApiResult> SendAsync(string users, string msgtype, object payload, CancellationToken cancellationToken) =>
        api.PostAsync("message/send", new Dictionary<string, object>
        {
            ["touser"] = users,
            ["msgtype"] = msgtype,
            ["agentid"] = options.AgentId,
            [msgtype] = payload,
            ["safe"] = 0,
            ["enable_duplicate_check"] = 1,
            ["duplicate_check_interval"] = (long)options.DuplicateCheckInterval.TotalSeconds,
        }, cancellationToken);
}
