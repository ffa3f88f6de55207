using System.Collections.Concurrent;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Access tokens cached per (corpid, secret) until shortly before they expire. However many senders need a token at
/// once, only one gettoken call runs (single flight); <see cref="Invalidate"/> drops a token WeCom refused
/// (40014/42001) only if it is still the cached one, so many senders seeing the same stale token refresh once.
/// </summary>
public sealed class WeComAccessTokenCache(TimeProvider time)
{
    /// <summary>Tokens are renewed this long before WeCom's expires_in runs out.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<(string CorpId, string Secret), Entry> _entries = new();

    /// <summary>The cached token, or a fresh one from <paramref name="fetch"/> (token, expires_in).</summary>
    public async Task<string> GetAsync(string corpId, string secret,
        Func<CancellationToken, Task<(string Token, TimeSpan ExpiresIn)>> fetch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var entry = _entries.GetOrAdd((corpId, secret), _ => new Entry());
        if (entry.Valid(time.GetUtcNow()) is { } cached)
        {
            return cached;
        }

        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (entry.Valid(time.GetUtcNow()) is { } refreshed)
            {
                return refreshed;
            }

            var (token, expiresIn) = await fetch(cancellationToken).ConfigureAwait(false);
            var life = expiresIn > Margin * 2 ? expiresIn - Margin : expiresIn / 2;
            entry.Set(token, time.GetUtcNow() + life);
            return token;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="staleToken"/> if it is still the cached token.</summary>
    public void Invalidate(string corpId, string secret, string staleToken)
    {
        if (_entries.TryGetValue((corpId, secret), out var entry))
        {
            entry.Clear(staleToken);
        }
    }

    private sealed class Entry
    {
        private readonly Lock _lock = new();
        private string? _token;
        private DateTimeOffset _expiresAt;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public string? Valid(DateTimeOffset now)
        {
            lock (_lock)
            {
                return _token is not null && now < _expiresAt ? _token : null;
            }
        }

        public void Set(string token, DateTimeOffset expiresAt)
        {
            lock (_lock)
            {
                _token = token;
                _expiresAt = expiresAt;
            }
        }

        public void Clear(string staleToken)
        {
            lock (_lock)
            {
                if (_token == staleToken)
                {
                    _token = null;
                }
            }
        }
    }
}
