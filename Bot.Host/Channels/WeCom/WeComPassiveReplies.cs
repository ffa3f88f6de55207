using System.Text;
using System.Text.Json;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Passive replies of the intelligent bot: when a callback's reply is in the outbox within
/// <see cref="WeComBotOptions.PassiveReplyWait"/>, it is given in the callback's HTTP response — a <c>stream</c> reply
/// (finished at once) or a <c>template_card</c> reply — instead of through the response_url; a handled card press
/// gets the <c>update_template_card</c> reply showing who pressed. The reply stays in the outbox: the sender marks it
/// sent once the response is written (<see cref="WeComReplyUrls"/>), and sends it through the response_url as before
/// when it was not ready in time, could not be written, or is not a single short text.
/// </summary>
internal sealed class WeComPassiveReplies(IUnitOfWork db, WeComReplyUrls urls, WeComCardSender cardSender, IWeComCardStore cards,
    IOptions<WeComOptions> options, TimeProvider time)
{
    private readonly TimeSpan _wait = options.Value.Bot.PassiveReplyWait;

    /// <summary>Starts watching for the reply to <paramref name="message"/>; null when passive replies are off or it has no reply token.</summary>
    public WeComPassiveWatch? Watch(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_wait <= TimeSpan.Zero || message.ReplyToken is not { } token)
        {
            return null;
        }

        var before = WeComCardToken.TryParseBotPress(token, out var taskId, out _) ? cards.Find(taskId)?.PressedBy.Count ?? 0 : 0;
        return new WeComPassiveWatch(db, urls, token, before);
    }

    /// <summary>The plaintext passive reply and the url it stands for (null for a card update), or null: answer empty.</summary>
    public async Task<(string Plain, Uri? Url)?> ReplyAsync(WeComPassiveWatch watch, string sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watch);
        IReadOnlyList<OutboxRecord> first;
        try
        {
            first = await watch.FirstReply.WaitAsync(_wait, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }

        if (WeComCardToken.TryParseBotPress(watch.Token, out var taskId, out _))
        {
            // Replies to the press come first; its card update, if the press was handled, follows in the same commit.
            OutboxRecord update;
            try
            {
                update = await watch.Update.WaitAsync(UpdateGrace, time, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return null;
            }

            if (cards.Find(taskId) is not { } card || card.PressedBy.Count <= watch.PressesBefore || card.PressedBy[^1] != sender)
            {
                return null;
            }

            urls.BeginPassive(UpdateKey(update), update.DedupeKey);
            return (Json(new { response_type = "update_template_card", template_card = Pressed(card, update.Text) }), UpdateKey(update));
        }

        if (first.Count != 1 || !WeComReplyToken.TryParse(watch.Token, out var receivedAt, out var url)
            || time.GetUtcNow() - receivedAt > WeComReplyToken.Validity)
        {
            return null;
        }

        var message = first[0].ToMessage();
        var text = WeComMessageFormatter.Render(message);
        if (message.File is not null || message.PhotoRef is not null || Encoding.UTF8.GetByteCount(text) > WeComMessageFormatter.MaxTextBytes
            || !urls.TryTake(url!))
        {
            return null;
        }

        urls.BeginPassive(url!, first[0].DedupeKey);
        var plain = cardSender.ForBot(message) is { } built
            ? Json(new { msgtype = "template_card", template_card = built.Body })
            : Json(new { msgtype = "stream", stream = new { id = "s" + Guid.NewGuid().ToString("N"), finish = true, content = text } });
        return (plain, url);
    }

    /// <summary>The card again, its buttons replaced by one saying who pressed what.</summary>
    private static Dictionary<string, object> Pressed(WeComCardRecord card, string shown)
    {
        var body = new Dictionary<string, object>
        {
            ["card_type"] = "button_interaction",
            ["main_title"] = new { title = card.Title },
            ["task_id"] = card.Id,
            ["button_list"] = new[] { new { text = shown, style = 2, key = "pressed" } },
        };
        if (card.SubTitle.Length > 0)
        {
            body["sub_title_text"] = card.SubTitle;
        }

        return body;
    }

    /// <summary>How long the update of a handled press may trail its first reply (they are stored by one commit).</summary>
    private static readonly TimeSpan UpdateGrace = TimeSpan.FromMilliseconds(500);

    private static Uri UpdateKey(OutboxRecord update) => WeComReplyUrls.UpdateKey(update.DedupeKey);

    private static string Json(object body) => JsonSerializer.Serialize(body, body.GetType(), WeComJson.Options);
}
