using System.Globalization;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Console;

/// <summary>
/// Reads the console protocol from standard input into the inbox. At end of input it waits until every message is
/// handled and every reply printed, then stops the host (exit code 0).
/// </summary>
internal sealed class ConsoleInputService(
    ConsoleIo io,
    IInbox inbox,
    IInboxStore inboxStore,
    IOutboxStore outbox,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    IOptions<ConsoleOptions> options,
    ILogger<ConsoleInputService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the other hosted services start first: the console must not race the demo seed or the processor.
        await Task.Yield();
        var run = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var lineNo = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var line = await io.In.ReadLineAsync(stoppingToken).ConfigureAwait(false);
            if (line is null)
            {
                break;
            }

            lineNo++;
            var parsed = ConsoleLine.Parse(line, out var problem);
            if (problem is not null)
            {
                io.Error.WriteLine($"console line {lineNo}: {problem}");
                continue;
            }

            if (parsed is null)
            {
                continue;
            }

            inbox.TryAccept(ToMessage(parsed, $"{run}-{lineNo}"));
            if (io.Paced)
            {
                // Interactive use: wait for the answer before showing the prompt again.
                await WaitForQuietAsync(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(false);
            }
        }

        if (!options.Value.ExitAtEndOfInput || stoppingToken.IsCancellationRequested)
        {
            return;
        }

        await WaitForQuietAsync(options.Value.DrainTimeout, stoppingToken).ConfigureAwait(false);
        lifetime.StopApplication();
    }

    private IncomingMessage ToMessage(ConsoleLine line, string id)
    {
        var chat = line.Group is null
            ? ChatAddress.PrivateTo(ChannelNames.Console, line.Name)
            : new ChatAddress(ChannelNames.Console, line.Group, ChatKind.Group);
        GeoPoint? location = null;
        if (line.Location is { } loc)
        {
            var parts = loc.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                location = new GeoPoint(lat, lon);
            }
        }

        return new IncomingMessage
        {
            Chat = chat,
            SenderId = line.Name,
            SenderName = line.Name,
            Text = line.Text,
            ButtonData = line.Press,
            Location = location,
            Photo = line.Photo,
            PlatformMessageId = id,
            ReceivedAt = time.GetUtcNow(),
        };
    }

    private async Task WaitForQuietAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + timeout;
        var quietRounds = 0;
        while (time.GetUtcNow() < deadline && !cancellationToken.IsCancellationRequested)
        {
            var quiet = !inboxStore.HasPending() && outbox.PendingCount() == 0;
            quietRounds = quiet ? quietRounds + 1 : 0;
            if (quietRounds >= 3)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(40), time, cancellationToken).ConfigureAwait(false);
        }

        if (quietRounds < 3)
        {
            logger.LogWarning("Console: gave up waiting for pending work after {Timeout}; {Count} message(s) still in the outbox",
                timeout, outbox.PendingCount());
        }

    }
}
