namespace Bot.Host.Channels.WeCom;

/// <summary>
/// The outcome of one WeCom API call: the platform's errcode/errmsg, or a transport failure (no answer, 5xx,
/// timeout) with <see cref="ErrCode"/> null.
/// </summary>
public sealed record WeComApiResult(int? ErrCode, string ErrMsg, string? InvalidUser = null, int? HttpStatus = null)
{
    public const int Busy = -1;
    public const int InvalidToken = 40014;
    public const int ExpiredToken = 42001;
    public const int TooFrequent = 45009;
    public const int TooFrequentApi = 45033;
    public const int IpNotTrusted = 60020;

    /// <summary>The media_id an upload answered with (media/upload, webhook/upload_media).</summary>
    public string? MediaId { get; init; }

    public bool Ok => ErrCode == 0;

    public bool IsTransport => ErrCode is null;

    public bool IsTokenProblem => ErrCode is InvalidToken or ExpiredToken;

    public static WeComApiResult Transport(string error, int? httpStatus = null) => new(null, error, null, httpStatus);

    public override string ToString() => ErrCode is { } c ? $"errcode {c}: {ErrMsg}" : $"transport: {ErrMsg}";
}
