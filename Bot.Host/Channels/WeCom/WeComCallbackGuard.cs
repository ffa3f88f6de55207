using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Replay protection for callbacks: timestamps further than <see cref="WeComOptions.CallbackMaxSkew"/> from now are
/// refused, and each nonce is accepted once while its timestamp is inside that window.
/// </summary>
public sealed class WeComCallbackGuard(TimeProvider time, IOptions<WeComOptions> options)
{
    private readonly TimeSpan _window = options.Value.CallbackMaxSkew;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nonces = new(StringComparer.Ordinal);
    private int _calls;

    /// <summary>True when the timestamp (Unix seconds) is within the window around now.</summary>
    public bool IsFresh(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            return false;
        }

        var skew = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return skew.Duration() <= _window;
    }

    /// <summary>Remembers the nonce; false when it was seen within the window (a replay).</summary>
    public bool TryUseNonce(string nonce)
    {
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _calls) % 256 == 0)
        {
            foreach (var (key, seen) in _nonces)
            {
                if (now - seen > _window * 2)
                {
                    _nonces.TryRemove(key, out _);
                }
            }
        }

        if (_nonces.TryAdd(nonce, now))
        {
            return true;
        }

        // A nonce seen long ago (beyond both windows) may come again.
        if (_nonces.TryGetValue(nonce, out var at) && now - at > _window * 2)
        {
            _nonces[nonce] = now;
            return true;
        }

        return false;
    }
}
