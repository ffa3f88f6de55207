namespace Bot.Tests.Support.FakeWeCom;

/// <summary>message/send (text, image by media_id, …) with WeCom's limits (<see cref="FakeWeComLimits"/>) and its duplicate check.</summary>
public sealed partial class FakeWeComApi
{
    /// <summary>Clock for limits and the duplicate check.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>message/send calls with enable_duplicate_check whose identical body came within the interval: not delivered again.</summary>
    public int DuplicatesSuppressed => Volatile.Read(ref _duplicatesSuppressed);

    /// <summary>Calls answered 45009 by <see cref="FakeWeComLimits.CallsPerMinute"/>.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>Messages silently dropped because a member's per-minute or per-hour allowance was used up.</summary>
    public IReadOnlyList<(string User, string Content)> Dropped => _dropped.ToArray();

    /// <summary>Turns WeCom's sending limits on (they are off by default).</summary>
    public void ApplyLimits(FakeWeComLimits limits) => _limiter = new FakeWeComLimiter(limits);

    private static readonly string[] MessageTypes =
        ["text", "image", "voice", "video", "file", "textcard", "news", "mpnews", "markdown", "miniprogram_notice", "template_card"];

    private IResult MessageSend(FakeWeComRequest call)
    {
        var type = call.Str("msgtype");
        if (!MessageTypes.Contains(type))
        {
            return Error(40008, "invalid message type");
        }

        if (type == "image" && call.MediaId.Length == 0)
        {
            return Error(40007, "invalid media_id");
        }

        if (CheckFile(call, "app") is { } refused)
        {
            return refused;
        }

        var now = Time.GetUtcNow();
        if (!_limiter.TryCall(now))
        {
            Interlocked.Increment(ref _throttled);
            return Error(45009, "api freq out of limit");
        }

        var interval = TimeSpan.FromSeconds(call.Body.TryGetProperty("duplicate_check_interval", out var i) && i.TryGetInt64(out var s) ? s : 1800);
        if (call.Str("enable_duplicate_check") == "1" && _limiter.IsDuplicate(call.Body.GetRawText(), interval, now))
        {
            Interlocked.Increment(ref _duplicatesSuppressed);
            return Results.Json(new { errcode = 0, errmsg = "ok", invaliduser = "" });
        }

        // A card is checked (and its task_id taken) only when it is not a duplicate the check drops.
        if (CheckCard(call, call.Str("touser")) is { } badCard)
        {
            return badCard;
        }

        foreach (var user in call.Str("touser").Split('|').Where(u => !_limiter.TryDeliver(u, now)))
        {
            _dropped.Enqueue((user, call.Content));
        }

        _requests.Enqueue(call);
        var invalid = call.Str("touser").Split('|').Where(InvalidUsers.ContainsKey);
        return Results.Json(new { errcode = 0, errmsg = "ok", invaliduser = string.Join('|', invalid) });
    }
}
