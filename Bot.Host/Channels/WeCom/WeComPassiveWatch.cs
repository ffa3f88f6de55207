using Bot.Core.Messaging;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Watches the outbox, from before a callback's message is recorded, for the first reply to it (the first stored
/// message carrying its reply token); for a card press, also how often the card had been pressed before.
/// </summary>
internal sealed class WeComPassiveWatch : IDisposable
{
    private readonly LiteDbOutbox _outbox;
    private readonly string _token;
    private readonly TaskCompletionSource<IReadOnlyList<OutboxRecord>> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<OutboxRecord> _update = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly WeComReplyUrls _urls;

    public WeComPassiveWatch(LiteDbOutbox outbox, WeComReplyUrls urls, string token, int pressesBefore)
    {
        _outbox = outbox;
        _urls = urls;
        _token = token;
        PressesBefore = pressesBefore;
        _urls.Watch(token);
        _outbox.Stored += OnStored;
    }

    public string Token => _token;

    public int PressesBefore { get; }

    public Task<IReadOnlyList<OutboxRecord>> FirstReply => _first.Task;

    /// <summary>The card update a handled press enqueues after its replies (in the same commit).</summary>
    public Task<OutboxRecord> Update => _update.Task;

    public void Dispose()
    {
        _outbox.Stored -= OnStored;
        _urls.Unwatch(_token);
    }

    private void OnStored(string channel, IReadOnlyList<OutboxRecord> records)
    {
        if (channel != ChannelNames.WeCom || records.Count == 0)
        {
            return;
        }

        if (records[0].ReplyToken == _token)
        {
            _first.TrySetResult(records);
        }
        else if (records[0].ReplyToken == WeComCardToken.ForBotUpdate(_token))
        {
            _first.TrySetResult(records);
            _update.TrySetResult(records[0]);
        }
    }
}
