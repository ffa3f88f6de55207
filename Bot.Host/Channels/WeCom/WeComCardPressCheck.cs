using Bot.Core.Messaging;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Checks a template-card press before it is handled: the card must be one the bot sent (by task_id), not older than
/// <see cref="WeComOptions.CardValidity"/>, sent to the presser (member cards), not pressed already by them (member
/// cards) or by anyone (group cards), and the key one of its buttons. A refused press gets a one-line answer and changes
/// nothing. After a handled press the card is marked pressed and its update (buttons replaced by what was pressed) is
/// enqueued, all in the message's transaction.
/// </summary>
internal sealed class WeComCardPressCheck(IWeComCardStore cards, IOptions<WeComOptions> options) : IButtonPressCheck
{
    private readonly WeComOptions _options = options.Value;

    public bool Refuse(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        if (m.Channel != ChannelNames.WeCom || !TaskOf(m.ReplyToken, out var taskId, out _, out _))
        {
            return false;
        }

        var data = m.ButtonData ?? "";
        var card = cards.Find(taskId);
        if (card is null)
        {
            context.Reply(WeComCardTexts.Unknown, data);
            return true;
        }

        if (context.Now.UtcDateTime - card.SentAtUtc > _options.CardValidity)
        {
            context.Reply(WeComCardTexts.Expired, data);
            return true;
        }

        if (!card.Group && !card.Users.Contains(m.SenderId))
        {
            context.Reply(WeComCardTexts.NotYours);
            return true;
        }

        var earlier = card.Group ? (card.PressedLabels.Count > 0 ? 0 : -1) : card.PressedBy.IndexOf(m.SenderId);
        if (earlier >= 0)
        {
            context.Reply(WeComCardTexts.AlreadyPressed, card.PressedLabels[earlier]);
            return true;
        }

        if (!card.Buttons.Any(b => b.Key == data))
        {
            context.Reply(WeComCardTexts.NoSuchButton);
            return true;
        }

        return false;
    }

    public void Handled(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Message;
        if (m.Channel != ChannelNames.WeCom || !TaskOf(m.ReplyToken, out var taskId, out var code, out var bot)
            || cards.Find(taskId) is not { } card)
        {
            return;
        }

        var label = card.Buttons.FirstOrDefault(b => b.Key == m.ButtonData)?.Label ?? m.ButtonData ?? "";
        card.PressedBy.Add(m.SenderId);
        card.PressedLabels.Add(label);
        cards.Save(card);
        var shown = PressedText(card, context.Language, label, context.Person.Name is { Length: > 0 } name ? name : m.SenderName);
        // The intelligent bot updates a card only in the passive reply to the press (WeComPassiveReplies).
        context.Messenger.Send(m.Chat, shown, language: context.Language,
            replyToken: bot ? WeComCardToken.ForBotUpdate(m.ReplyToken!) : WeComCardToken.ForUpdate(taskId, code, m.SenderId));
    }

    /// <summary>What a pressed card shows: "已按：接单" to its member, "已由 郭洋 接单" on a group card.</summary>
    private static string PressedText(WeComCardRecord card, Bot.Core.Texts.Language language, string label, string name) =>
        card.Group ? WeComCardTexts.PressedBy.Format(language, label, name) : WeComCardTexts.Pressed.Format(language, label);

    private static bool TaskOf(string? token, out string taskId, out string code, out bool bot)
    {
        code = "";
        bot = WeComCardToken.TryParseBotPress(token, out taskId, out _);
        return bot || WeComCardToken.TryParsePress(token, out taskId, out code);
    }
}
