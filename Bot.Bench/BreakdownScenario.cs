using System.Diagnostics;
using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Bench;

/// <summary>
/// Stopwatch breakdown of the inbound path without any network: the real core over the run's backend (a data file or a
/// throwaway PostgreSQL database) with the district in it; each stage over the same messages, one after the other —
/// recording a polled batch in the inbox, handling (pipeline + replies enqueued, group commit), and what the dispatcher
/// does per reply (read it, mark it sent).
/// </summary>
internal static class BreakdownScenario
{
    public static IReadOnlyList<BenchResult> Run(int count)
    {
        var district = new District();
        using var storage = BenchStorage.Create("breakdown");
        storage.Seed(stores =>
        {
            district.Seed(stores);
            district.SeedFeatures(stores, TimeProvider.System.GetUtcNow());
        });
        using var provider = storage.Services(new Dictionary<string, string?> { ["Shifts:RemindBefore"] = "00:05:00" });
        var inbox = provider.GetRequiredService<IInbox>();
        var processor = provider.GetRequiredService<InboxProcessor>();
        var outbox = provider.GetRequiredService<IOutboxStore>();
        var db = provider.GetRequiredService<IUnitOfWork>();
        var work = InboundWorkload.Build(district.Members, count, seed: 3, new Dictionary<string, int>(StringComparer.Ordinal));
        var messages = work.Select((w, i) => new IncomingMessage
        {
            Chat = ChatAddress.PrivateTo(ChannelNames.Telegram, w.Member.TelegramId.ToString(CultureInfo.InvariantCulture)),
            SenderId = w.Member.TelegramId.ToString(CultureInfo.InvariantCulture),
            SenderName = w.Member.Name,
            Text = w.Text,
            PlatformMessageId = "b" + i.ToString(CultureInfo.InvariantCulture),
            ReceivedAt = TimeProvider.System.GetUtcNow(),
        }).ToList();

        var result = new BenchResult { Scenario = BenchBackend.Label("inbound breakdown"), Subject = "core, no network" };
        var perKind = new BenchResult { Scenario = BenchBackend.Label("inbound breakdown"), Subject = "handle by kind /s" };
        var recording = TimeSpan.Zero;
        var handling = TimeSpan.Zero;
        long recordBytes = 0, handleBytes = 0;
        var gcPause = GC.GetTotalPauseDuration();
        var gen0 = GC.CollectionCount(0);
        // One phase per kind of message, in an order that keeps each sender's own sequence (签到 before 交接, the
        // purchase script's steps in turn): record the phase's messages in polled batches, then handle them.
        foreach (var phase in messages.Select((m, i) => (Message: m, Kind: KindOf(work[i].Text))).GroupBy(x => x.Kind).OrderBy(g => KindOrder.IndexOf(g.Key)))
        {
            var batch = phase.Select(x => x.Message).ToList();
            var sw = Stopwatch.StartNew();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < batch.Count; i += 64)
            {
                inbox.TryAcceptMany(batch.Skip(i).Take(64).ToList());
            }

            recording += sw.Elapsed;
            recordBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            bytes = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            processor.ProcessPending();
            handling += sw.Elapsed;
            handleBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            perKind.Figures[phase.Key] = batch.Count / sw.Elapsed.TotalSeconds;
            perKind.Notes[phase.Key] = $"{batch.Count} messages";
        }

        result.Figures["record batch of 64 /s"] = count / recording.TotalSeconds;
        result.Figures["handle (group commit) /s"] = count / handling.TotalSeconds;
        result.Figures["record KB allocated / message"] = recordBytes / 1024.0 / count;
        result.Figures["handle KB allocated / message"] = handleBytes / 1024.0 / count;
        result.Figures["GC pause ms (record + handle)"] = (GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds;
        result.Figures["gen0 collections"] = GC.CollectionCount(0) - gen0;
        var sw2 = Stopwatch.StartNew();
        var pending = outbox.Pending(ChannelNames.Telegram);
        sw2.Restart();
        foreach (var r in pending.Take(pending.Count / 2))
        {
            _ = outbox.Find(r.Id)!.ToMessage();
            outbox.MarkSent(outbox.Find(r.Id)!);
        }

        result.Figures["mark sent, one commit each /s"] = pending.Count / 2 / sw2.Elapsed.TotalSeconds;
        sw2.Restart();
        db.InTransaction(() =>
        {
            foreach (var r in pending.Skip(pending.Count / 2))
            {
                _ = outbox.Find(r.Id)!.ToMessage();
                outbox.MarkSent(outbox.Find(r.Id)!);
            }
        });
        result.Figures["mark sent, one commit /s"] = (pending.Count - pending.Count / 2) / sw2.Elapsed.TotalSeconds;
        result.Figures["replies"] = pending.Count;
        return [result, perKind];
    }

    private static readonly List<string> KindOrder =
        ["帮助", "/help", "语言", "社区", "签到", "交接", "已阅", "/myshifts", "在岗", "代购", "药", "address", "是", "尽快", "提交"];

    /// <summary>A message's kind: its first word, or "address" for a typed household.</summary>
    private static string KindOf(string text)
    {
        var word = text.Split(' ')[0];
        return char.IsAsciiDigit(word[0]) ? "address" : word;
    }
}
