using System.Collections.Concurrent;
using Bot.Core.Messaging;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// The intelligent bot's one-shot response_urls, shared by the sender and the passive replies so each is used once,
/// and the replies being given passively: an outbox message answered in a callback's HTTP response is reported
/// <see cref="PassiveState.Delivered"/> to the sender, which then marks it sent without sending it again.
/// </summary>
internal sealed class WeComReplyUrls
{
    private readonly ConcurrentDictionary<string, byte> _spent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Passive> _passive = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _watched = new(StringComparer.Ordinal);

    /// <summary>A callback waits to answer passively the replies carrying <paramref name="token"/>: the sender holds them back meanwhile.</summary>
    public void Watch(string token) => _watched.AddOrUpdate(token, 1, (_, n) => n + 1);

    public void Unwatch(string token)
    {
        if (_watched.AddOrUpdate(token, 0, (_, n) => n - 1) <= 0)
        {
            _watched.TryRemove(token, out _);
        }
    }

    /// <summary>True while a callback may still answer the replies carrying <paramref name="token"/> (or, for a card update, its press).</summary>
    public bool IsWatched(string? token) =>
        token is not null && (_watched.ContainsKey(token) || (WeComCardToken.IsBotUpdate(token) && _watched.ContainsKey(token["aiupdate|".Length..])));

    /// <summary>The key under which the passive delivery of an intelligent-bot card update is tracked (it has no response_url).</summary>
    public static Uri UpdateKey(string dedupeKey) => new("urn:wecom-card-update:" + Uri.EscapeDataString(dedupeKey));

    /// <summary>
    /// What the sender does with an intelligent-bot answer before sending it: hold it back while its callback may still
    /// answer it (a retry follows), count it sent when it was answered passively, refuse a card update that could only be
    /// given passively and was not; null: send it.
    /// </summary>
    public SendResult? Gate(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (IsWatched(message.ReplyToken))
        {
            return SendResult.Fault("its callback is still open and may answer it passively; try again");
        }

        if (WeComCardToken.IsBotUpdate(message.ReplyToken) && message.DedupeKey is { } updateKey)
        {
            return StateOf(UpdateKey(updateKey), updateKey) switch
            {
                PassiveState.Delivered => SendResult.Ok,
                PassiveState.Pending => SendResult.Fault("being answered in the callback's response; try again"),
                _ => SendResult.Refused("an intelligent-bot card is updated only in the passive reply to its press, which was not ready in time"),
            };
        }

        if (!WeComReplyToken.TryParse(WeComCardToken.ReplyPart(message.ReplyToken), out _, out var url))
        {
            return null;
        }

        return StateOf(url!, message.DedupeKey) switch
        {
            PassiveState.Delivered => SendResult.Ok,
            PassiveState.Pending => SendResult.Fault("being answered in the callback's response; try again"),
            _ => null,
        };
    }

    /// <summary>Takes the url for one use; false when it was used already.</summary>
    public bool TryTake(Uri url) => _spent.TryAdd(url.AbsoluteUri, 0);

    /// <summary>The passive reply for <paramref name="url"/>, answering outbox message <paramref name="dedupeKey"/>, is being written.</summary>
    public void BeginPassive(Uri url, string dedupeKey) => _passive[url.AbsoluteUri] = new Passive(dedupeKey);

    /// <summary>The passive reply was written to WeCom: its outbox message counts as sent.</summary>
    public void PassiveWritten(Uri url)
    {
        if (_passive.TryGetValue(url.AbsoluteUri, out var p))
        {
            p.Written = true;
        }
    }

    /// <summary>Writing the passive reply failed: the outbox sends the message through the url as usual.</summary>
    public void PassiveFailed(Uri url)
    {
        _passive.TryRemove(url.AbsoluteUri, out _);
        _spent.TryRemove(url.AbsoluteUri, out _);
    }

    /// <summary>Whether outbox message <paramref name="dedupeKey"/>, answering through <paramref name="url"/>, was (or is being) answered passively.</summary>
    public PassiveState StateOf(Uri url, string? dedupeKey)
    {
        if (dedupeKey is null || !_passive.TryGetValue(url.AbsoluteUri, out var p) || p.DedupeKey != dedupeKey)
        {
            return PassiveState.None;
        }

        if (!p.Written)
        {
            return PassiveState.Pending;
        }

        _passive.TryRemove(url.AbsoluteUri, out _);
        return PassiveState.Delivered;
    }

    private sealed class Passive(string dedupeKey)
    {
        public string DedupeKey { get; } = dedupeKey;

        public volatile bool Written;
    }
}
