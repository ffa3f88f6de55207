using System.Text;
using Bot.Core.Messaging;

namespace Bot.Host.Channels.Console;

/// <summary>
/// Prints bot messages: <c>[@NAME]</c> or <c>[GROUP]</c>, a photo as <c>[photo REF]</c>, the text, then buttons as
/// <c>[label → data]</c>.
/// </summary>
internal sealed class ConsoleSender(ConsoleWriter writer) : IChannelSender
{
    public string Channel => ChannelNames.Console;

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sb = new StringBuilder();
        sb.Append(message.To.Kind == ChatKind.Private ? $"[@{message.To.ChatId}]" : $"[{message.To.ChatId}]").Append('\n');
        if (message.PhotoRef is { } photo)
        {
            sb.Append($"[photo {photo}]").Append('\n');
        }

        sb.Append(message.Text).Append('\n');
        foreach (var row in message.Buttons)
        {
            sb.Append(string.Join(' ', row.Select(b => $"[{b.Label} → {b.Data}]"))).Append('\n');
        }

        if (message.File is { } file)
        {
            var path = writer.SaveFile(file);
            sb.Append($"[file {file.FileName} ({file.Content.Length} bytes) → {path}]").Append('\n');
        }

        writer.WriteBlock(sb.ToString());
        return Task.FromResult(SendResult.Ok);
    }
}
