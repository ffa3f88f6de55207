using System.Text;
using Bot.Core.Messaging;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Builds WeCom template cards of type button_interaction from neutral messages: the first line is the main title,
/// the rest the sub-title, each button a card button whose key is the neutral button data. A text longer than a card
/// shows goes before the card as a text message (<see cref="WeComCard.Lead"/>), and the card then carries the first line.
/// </summary>
internal static class WeComCards
{
    /// <summary>WeCom shows at most 6 buttons on a card.</summary>
    public const int MaxButtons = 6;

    /// <summary>What WeCom shows of a main title (26 characters) and of a sub-title (112).</summary>
    public const int MaxTitle = 26, MaxSubTitle = 112;

    /// <summary>True when the message's buttons fit one card (1..6 buttons, keys within WeCom's 1,024 bytes).</summary>
    public static bool Fits(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var buttons = message.Buttons.SelectMany(r => r).ToList();
        return buttons.Count is > 0 and <= MaxButtons
            && buttons.All(b => b.Label.Trim().Length > 0 && Encoding.UTF8.GetByteCount(b.Data) is > 0 and <= 1024);
    }

    public static WeComCard Build(OutgoingMessage message, string taskId)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var cut = text.IndexOf('\n', StringComparison.Ordinal);
        var title = (cut < 0 ? text : text[..cut]).Trim();
        var rest = cut < 0 ? "" : text[(cut + 1)..].Trim();
        string? lead = null;
        if (title.Length > MaxTitle || rest.Length > MaxSubTitle)
        {
            lead = message.Text;
            rest = "";
            title = title.Length > MaxTitle ? title[..(MaxTitle - 1)] + "…" : title;
        }

        var buttons = message.Buttons.SelectMany(r => r).ToList();
        title = title.Length > 0 ? title : "…";
        var card = new Dictionary<string, object>
        {
            ["card_type"] = "button_interaction",
            ["main_title"] = new { title },
            ["task_id"] = taskId,
            ["button_list"] = buttons.Select((b, i) => new { text = b.Label, style = i == 0 ? 1 : 2, key = b.Data }).ToArray(),
        };
        if (rest.Length > 0)
        {
            card["sub_title_text"] = rest;
        }

        var record = new WeComCardRecord
        {
            Id = taskId,
            Chat = message.To.ChatId,
            Group = message.To.Kind == ChatKind.Group,
            Buttons = buttons.Select(b => new WeComCardButton { Label = b.Label, Key = b.Data }).ToList(),
            Title = title,
            SubTitle = rest,
        };
        return new WeComCard(card, lead, record);
    }

    /// <summary>
    /// The task_id of the card for one outbox message to <paramref name="users"/>: derived from the message's dedupe key,
    /// so a resend after a crash or a retry is the identical body WeCom's duplicate check drops. Without a key, a new one.
    /// </summary>
    public static string TaskIdFor(string? dedupeKey, string users, DateTimeOffset now) =>
        dedupeKey is null
            ? NewTaskId(now)
            : "c" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(dedupeKey + "|" + users)))[..40];

    /// <summary>A new task_id: unique per app, at most 128 characters of [A-Za-z0-9_-@].</summary>
    public static string NewTaskId(DateTimeOffset now) =>
        "c" + now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N");
}
