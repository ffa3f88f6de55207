using System.Collections.Concurrent;
using Bot.Core.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Maps WeCom answers to outbox outcomes: 45009/45033 wait and retry; -1 (busy) is retried up to
/// <see cref="WeComOptions.BusyRetries"/> tries per message; transport failures and 5xx retry with backoff;
/// 60020 (server IP not trusted) is reported once in one clear line; anything else is refused for good.
/// </summary>
internal sealed class WeComSendProblems(IOptions<WeComOptions> options, ILogger<WeComSendProblems> logger)
{
    /// <summary>Our own code for "no route to this chat"; not a WeCom errcode.</summary>
    public const int NoRoute = -99001;

    private readonly WeComOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, int> _busyTries = new(StringComparer.Ordinal);
    private int _ipWarned;

    public SendResult Map(WeComApiResult result, string? dedupeKey)
    {
        ArgumentNullException.ThrowIfNull(result);
        var key = dedupeKey ?? "";
        if (result.ErrCode != WeComApiResult.Busy)
        {
            _busyTries.TryRemove(key, out _);
        }

        switch (result.ErrCode)
        {
            case 0:
                Interlocked.Exchange(ref _ipWarned, 0);
                return SendResult.Ok;
            case null:
                return SendResult.Fault(result.ToString());
            case WeComApiResult.TooFrequent or WeComApiResult.TooFrequentApi:
                return SendResult.Throttle(_options.ThrottleBackoff, result.ToString());
            case WeComApiResult.Busy:
                var tries = _busyTries.AddOrUpdate(key, 1, (_, n) => n + 1);
                if (tries < _options.BusyRetries)
                {
                    return SendResult.Fault(result.ToString());
                }

                _busyTries.TryRemove(key, out _);
                return SendResult.Refused($"WeCom stayed busy (-1) for {tries} tries");
            case WeComApiResult.IpNotTrusted:
                if (Interlocked.Exchange(ref _ipWarned, 1) == 0)
                {
                    logger.LogError("WeCom refuses calls from this server's IP (60020): in the admin console open 应用管理 → the app → "
                        + "企业可信IP and add this server's public IP address; messages wait in the outbox until then");
                }

                return SendResult.Fault(result.ToString());
            case WeComApiResult.InvalidToken or WeComApiResult.ExpiredToken:
                return SendResult.Fault(result.ToString());
            default:
                return SendResult.Refused(result.ToString());
        }
    }
}
