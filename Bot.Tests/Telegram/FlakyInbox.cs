using Bot.Core.Messaging;

namespace Bot.Tests.Telegram;

/// <summary>An inbox whose first <c>failures</c> calls throw (a locked or full data file), then the real one.</summary>
internal sealed class FlakyInbox(IInbox inner, int failures) : IInbox
{
    private int _failuresLeft = failures;

    public List<string> Offered { get; } = [];

    public bool TryAccept(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (Offered)
        {
            Offered.Add(message.PlatformMessageId);
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new IOException("data file is locked");
        }

        return inner.TryAccept(message);
    }

    public int TryAcceptMany(IReadOnlyList<IncomingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Count(TryAccept);
    }
}
