using Bot.Core.Messaging;
using Bot.Core.Storage;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Watches the outbox, from before a callback's message is recorded, for the first reply to it (the first stored
/// message carrying its reply token); for a card press, also how often the card had been pressed before.
/// </summary>
internal sealed class WeComPassiveWatch : IDisposable
{
    private readonly IDisposable _stored;
    private readonly string _token;
    private readonly TaskCompletionSource<IReadOnlyList<OutboxRecord>> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<OutboxRecord> _update = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly WeComReplyUrls _urls;

    public WeComPassiveWatch(IUnitOfWork db, WeComReplyUrls urls, string token, int pressesBefore)
    {
        _urls = urls;
        _token = token;
        PressesBefore = pressesBefore;
        _urls.Watch(token);
        _stored = db.OnCommitted<OutboxStored>(OnStored);
    }

    public string Token => _token;

    public int PressesBefore { get; }

    public Task<IReadOnlyList<OutboxRecord>> FirstReply => _first.Task;

    /// <summary>The card update a handled press enqueues after its replies (in the same commit).</summary>
    public Task<OutboxRecord> Update => _update.Task;

    public void Dispose()
    {
        _stored.Dispose();
        _urls.Unwatch(_token);
    }

    private void OnStored(OutboxStored stored)
    {
        var records = stored.Records;
        if (stored.Channel != ChannelNames.WeCom || records.Count == 0)
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
