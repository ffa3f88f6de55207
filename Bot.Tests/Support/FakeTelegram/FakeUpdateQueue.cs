using System.Text.Json.Nodes;

namespace Bot.Tests.Support.FakeTelegram;

/// <summary>
/// getUpdates as Telegram does it: updates stay until a later call confirms them with offset = last update_id + 1;
/// a call waits up to its timeout for the first update; a newer call ends an older one with 409 Conflict.
/// </summary>
internal sealed class FakeUpdateQueue
{
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _updates = [];

    // The update_id of each entry of _updates, ascending (ids are handed out in order): where a poll starts is a binary
    // search, not a scan of every update ever queued (a benchmark queues tens of thousands).
    private readonly List<int> _ids = [];
    private int _nextId = 10_000;
    private int _offset;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _current;

    /// <summary>Lowest update_id not yet confirmed by the bot.</summary>
    public int ConfirmedOffset
    {
        get
        {
            lock (_lock)
            {
                return _offset;
            }
        }
    }

    public int Polls { get; private set; }

    /// <summary>A fresh update_id (for updates delivered by webhook).</summary>
    public int NewId()
    {
        lock (_lock)
        {
            return _nextId++;
        }
    }

    /// <summary>Adds an update, giving it the next update_id; returns that id.</summary>
    public int Add(JsonObject update)
    {
        lock (_lock)
        {
            var id = _nextId++;
            update["update_id"] = id;
            _updates.Add(update);
            _ids.Add(id);
            _arrived.TrySetResult();
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return id;
        }
    }

    /// <summary>Makes updates from <paramref name="updateId"/> on unconfirmed again, as if the confirmation never came.</summary>
    public void ForgetConfirmationsFrom(int updateId)
    {
        lock (_lock)
        {
            _offset = Math.Min(_offset, updateId);
        }
    }

    /// <summary>Null result: this call was ended by a newer one (answer 409).</summary>
    public async Task<JsonArray?> GetAsync(long offset, int limit, int timeoutSeconds, CancellationToken aborted)
    {
        using var mine = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        Task arrived;
        lock (_lock)
        {
            Polls++;
            _current?.Cancel();
            _current = mine;
            if (offset > _offset)
            {
                _offset = (int)Math.Min(offset, int.MaxValue);
            }

            arrived = _arrived.Task;
        }

        try
        {
            var ready = Take(limit);
            if (ready.Count > 0 || timeoutSeconds <= 0)
            {
                return ready;
            }

            await Task.WhenAny(arrived, Task.Delay(TimeSpan.FromSeconds(timeoutSeconds), mine.Token)).ConfigureAwait(false);
            return mine.IsCancellationRequested && !aborted.IsCancellationRequested ? null : Take(limit);
        }
        finally
        {
            lock (_lock)
            {
                if (ReferenceEquals(_current, mine))
                {
                    _current = null;
                }
            }
        }
    }

    private JsonArray Take(int limit)
    {
        lock (_lock)
        {
            var start = _ids.BinarySearch(_offset);
            if (start < 0)
            {
                start = ~start;
            }

            var count = Math.Min(Math.Clamp(limit, 1, 100), _updates.Count - start);
            var list = new JsonNode?[count];
            for (var i = 0; i < count; i++)
            {
                list[i] = _updates[start + i].DeepClone();
            }

            return new JsonArray(list);
        }
    }
}
