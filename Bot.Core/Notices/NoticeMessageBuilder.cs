using System.Text;
using Bot.Core.Messaging;
using Bot.Core.People;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary>
/// Writes a notice as a message: header, content, how to acknowledge, and the acknowledgement button. Content longer
/// than <see cref="NoticesOptions.MaxInlineLength"/> goes as a UTF-8 text document with an excerpt cut at a space or
/// line break, so a link is never cut in half; shorter content is left to the outbox, which splits at line breaks.
/// </summary>
internal sealed class NoticeMessageBuilder(IOptions<NoticesOptions> options)
{
    private const int ExcerptLength = 300;

    public NoticeMessage Build(Notice notice, Language language, bool reminder = false)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var header = NoticeAckTexts.MessageHeader.Format(language, NoticeAckTexts.KindName(notice.Kind).Get(language), notice.Id, notice.Title);
        var body = notice.Content;
        OutgoingFile? file = null;
        if (body.Length > options.Value.MaxInlineLength)
        {
            body = Excerpt(body) + "…\n" + NoticeAckTexts.LongContentNote.Get(language);
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble()
                .Concat(Encoding.UTF8.GetBytes(notice.Title + "\n\n" + notice.Content)).ToArray();
            file = new OutgoingFile(FileName(notice), "text/plain; charset=utf-8", bytes);
        }

        var text = new StringBuilder();
        if (reminder)
        {
            text.Append(NoticeAckTexts.ReminderHeader.Get(language)).Append('\n');
        }

        text.Append(header);
        if (body.Length > 0)
        {
            text.Append("\n\n").Append(body);
        }

        text.Append("\n\n").Append(NoticeAckTexts.Footer(notice.Kind).Format(language, notice.Id));
        IReadOnlyList<IReadOnlyList<Button>> buttons = [[new Button(NoticeAckTexts.AckButton(notice.Kind).Get(language), $"/ack {notice.Id}")]];
        return new NoticeMessage(text.ToString(), buttons, file);
    }

    private static string Excerpt(string content)
    {
        var window = content[..Math.Min(ExcerptLength, content.Length)];
        var cut = window.LastIndexOfAny([' ', '\n']);
        return (cut >= ExcerptLength / 3 ? window[..cut] : window).TrimEnd();
    }

    private static string FileName(Notice notice)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(notice.Title.Where(c => !invalid.Contains(c) && !char.IsControl(c)).Take(40).ToArray()).Trim();
        return $"{notice.Id}-{(safe.Length == 0 ? "notice" : safe)}.txt";
    }
}
