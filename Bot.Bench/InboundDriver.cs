using System.Collections.Concurrent;
using System.Diagnostics;
using Bot.Core.Shifts;
using Bot.Core.People;
using Bot.Core.Texts;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Bench;

/// <summary>
/// Closed-loop load on the fake Bot API: <see cref="Concurrency"/> virtual senders each queue an update, wait for the
/// reply to reach the fake, then send the next. Latency runs from the update becoming available to getUpdates to the
/// reply's sendMessage arriving at the fake (one clock: <see cref="Stopwatch"/>).
/// </summary>
internal sealed class InboundDriver(FakeTelegramServer fake)
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource<long>> _waiting = new();

    private int _handoverNotes;

    public int Concurrency { get; init; } = 64;

    /// <summary>Handover notes to the next cadre seen (not replies, skipped).</summary>
    public int HandoverNotes => _handoverNotes;

    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public void Attach() => fake.MessageSent += OnSent;

    public async Task<InboundRun> RunAsync(IReadOnlyList<(Member Member, string Text)> work)
    {
        var latencies = new double[work.Count];
        var next = -1;
        var missing = 0;
        var sw = Stopwatch.StartNew();
        var senders = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < work.Count)
            {
                var (member, text) = work[i];
                var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting[member.TelegramId] = done;
                var start = Stopwatch.GetTimestamp();
                fake.AddUpdate(FakeUpdates.Text(FakeUpdates.User(member.TelegramId, member.Name), member.TelegramId, text));
                try
                {
                    var end = await done.Task.WaitAsync(ReplyTimeout).ConfigureAwait(false);
                    latencies[i] = Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
                }
                catch (TimeoutException)
                {
                    _waiting.TryRemove(member.TelegramId, out TaskCompletionSource<long>? _);
                    Interlocked.Increment(ref missing);
                    latencies[i] = double.NaN;
                }
            }
        })).ToList();
        await Task.WhenAll(senders).ConfigureAwait(false);
        var elapsed = sw.Elapsed;
        var sorted = latencies.Where(l => !double.IsNaN(l)).Order().ToList();
        return new InboundRun(work.Count, elapsed, sorted, missing);
    }

    /// <summary>
    /// The part of 交接's note to the next cadre that no reply has (it goes to a cadre who did not just write, so it
    /// must not count as their reply): the text between its point name and the note.
    /// </summary>
    private static readonly string HandoverNoteMark = Between(ShiftsTexts.HandoverToYou.Get(Language.ZhHans), "{1}", "{2}");

    private static string Between(string template, string from, string to)
    {
        var start = template.IndexOf(from, StringComparison.Ordinal) + from.Length;
        return template[start..template.IndexOf(to, start, StringComparison.Ordinal)];
    }

    private void OnSent(FakeSentMessage message)
    {
        var now = Stopwatch.GetTimestamp();
        if (message.Text.Contains(HandoverNoteMark, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _handoverNotes);
            return;
        }

        if (_waiting.TryRemove(message.ChatId, out var done))
        {
            done.TrySetResult(now);
        }
    }
}
