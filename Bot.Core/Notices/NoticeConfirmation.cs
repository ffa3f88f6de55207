using Bot.Core.Messaging;
using Bot.Core.Texts;
using Microsoft.Extensions.Options;

namespace Bot.Core.Notices;

/// <summary>
/// What a confirmation of a preview may act on. Typed (<c>确认发送</c>, <c>取消发送</c>, <c>定时</c>, no number), only the
/// preview the sender saw last, and only while it is still a draft: never an older, forgotten one. Sending (typed or by
/// its button) needs a preview the sender saw within <see cref="NoticesOptions.PreviewValidity"/>; an older one is shown
/// again instead, so what goes out is what was just read.
/// </summary>
internal sealed class NoticeConfirmation(INoticeStore store, INoticePreviewStore previews, NoticeComposer composer, IOptions<NoticesOptions> options)
{
    /// <summary>The draft of the sender's latest preview; otherwise replies why there is none and returns null.</summary>
    public Notice? TypedTarget(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var latest = previews.Latest(context.Person.Id);
        var notice = latest is null ? null : store.Get(latest.NoticeId);
        if (notice is null)
        {
            context.Reply(NoticesTexts.NoDraft);
            return null;
        }

        if (notice.Status != NoticeStatus.Draft)
        {
            TellGone(context, notice);
            return null;
        }

        return notice;
    }

    /// <summary>
    /// Says that the preview of <paramref name="notice"/> is no longer waiting, and what became of it, as stored now
    /// (another host may have changed it since it was read).
    /// </summary>
    public void TellGone(CommandContext context, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(notice);
        var stored = store.Get(notice.Id) ?? notice;
        var what = stored.Status switch
        {
            NoticeStatus.Sent => NoticesTexts.GoneSent,
            NoticeStatus.Scheduled => NoticesTexts.GoneScheduled,
            _ => NoticesTexts.GoneCancelled,
        };
        context.Reply(NoticesTexts.PreviewGone, stored.Id, stored.Title, context.T(what));
    }

    /// <summary>
    /// True when the sender saw this draft's preview recently enough to confirm it; otherwise says it expired, naming
    /// the title, shows the preview again (which starts a new period) and returns false.
    /// </summary>
    public bool IsFresh(CommandContext context, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(notice);
        var validity = options.Value.PreviewValidity;
        var shown = previews.ShownAt(notice.Id, context.Person.Id);
        if (shown is { } at && context.Now.UtcDateTime - at <= validity)
        {
            return true;
        }

        // Someone who was never shown this preview (another secretary of the community) sees it first.
        context.Reply(shown is null
            ? context.T(NoticesTexts.PreviewFirst, notice.Id, notice.Title)
            : context.T(NoticesTexts.PreviewExpired, notice.Id, notice.Title, Durations.Format(validity, context.Language)));
        composer.ShowPreview(context, notice);
        return false;
    }
}
