using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Sends app messages with buttons as template cards (message/send, msgtype template_card) and updates a card after a
/// press (message/update_template_card with the press's ResponseCode, the buttons replaced by what was pressed). The
/// card is recorded under its task_id before it is sent, so a press is always matched.
/// </summary>
internal sealed class WeComCardSender(WeComApiClient api, IWeComCardStore cards, IOptions<WeComOptions> options, TimeProvider time)
{
    private readonly WeComOptions _options = options.Value;

    /// <summary>
    /// True when the message goes to members as a card: cards on, a private chat, buttons that fit one card, no photo or
    /// document, and no intelligent-bot response_url to answer through.
    /// </summary>
    public bool Carries(OutgoingMessage message) =>
        _options.Cards && message.To.Kind == ChatKind.Private && message.PhotoRef is null && message.File is null
        && !WeComReplyToken.TryParse(WeComCardToken.ReplyPart(message.ReplyToken), out _, out _) && WeComCards.Fits(message);

    /// <summary>
    /// The card an intelligent-bot answer (response_url or passive reply) carries instead of text, recorded under its
    /// task_id: when cards are on and the message is short and has buttons that fit a card. Null: answer with text.
    /// </summary>
    public WeComCard? ForBot(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_options.Cards || message.PhotoRef is not null || message.File is not null || !WeComCards.Fits(message))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var card = WeComCards.Build(message, WeComCards.NewTaskId(now));
        if (card.Lead is not null)
        {
            return null;
        }

        card.Record.Users = card.Record.Group ? [] : [message.To.ChatId];
        card.Record.SentAtUtc = now.UtcDateTime;
        cards.Save(card.Record);
        return card;
    }

    public static bool IsUpdate(OutgoingMessage message) => WeComCardToken.TryParseUpdate(message.ReplyToken, out _, out _, out _);

    /// <summary>Sends the card to <paramref name="users"/> (joined by '|'), after its lead text when it has one.</summary>
    public async Task<WeComApiResult> SendAsync(string users, OutgoingMessage message,
        Func<string, string, CancellationToken, Task<WeComApiResult>> sendText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sendText);
        var now = time.GetUtcNow();
        var card = WeComCards.Build(message, WeComCards.TaskIdFor(message.DedupeKey, users, now));
        if (card.Lead is { } lead)
        {
            foreach (var part in WeComMessageFormatter.SplitBytes(lead))
            {
                var sent = await sendText(users, part, cancellationToken).ConfigureAwait(false);
                if (!sent.Ok)
                {
                    return sent;
                }
            }
        }

        card.Record.Users = users.Split('|', StringSplitOptions.RemoveEmptyEntries).ToList();
        card.Record.SentAtUtc = now.UtcDateTime;
        cards.Save(card.Record);
        return await api.PostAsync("message/send", new Dictionary<string, object>
        {
            ["touser"] = users,
            ["msgtype"] = "template_card",
            ["agentid"] = _options.AgentId,
            ["template_card"] = card.Body,
            ["enable_duplicate_check"] = 1,
            ["duplicate_check_interval"] = (long)_options.DuplicateCheckInterval.TotalSeconds,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the pressed card's buttons, for the member who pressed, by one greyed button saying what was pressed.</summary>
    public Task<WeComApiResult> UpdateAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        WeComCardToken.TryParseUpdate(message.ReplyToken, out _, out var code, out var user);
        return api.PostAsync("message/update_template_card", new Dictionary<string, object>
        {
            ["userids"] = new[] { user },
            ["agentid"] = _options.AgentId,
            ["response_code"] = code,
            ["button"] = new { replace_name = message.Text },
        }, cancellationToken);
    }
}
