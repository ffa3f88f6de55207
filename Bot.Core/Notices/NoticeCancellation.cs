using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary>Cancelling a notice that another host may be sending at the same moment (<c>取消发送</c>, <c>取消定时</c>).</summary>
internal static class NoticeCancellation
{
    /// <summary>
    /// Cancels <paramref name="notice"/> unless it was sent or cancelled meanwhile (the store decides:
    /// <see cref="INoticeStore.MarkCancelled"/>), and replies with what is true afterwards: <paramref name="done"/> when
    /// it is cancelled (by this call or another), <see cref="NoticesTexts.CancelTooLate"/> when it went out instead.
    /// </summary>
    public static void Cancel(CommandContext context, INoticeStore store, Notice notice, Text done)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(notice);
        var status = notice.Cancel() && store.MarkCancelled(notice)
            ? NoticeStatus.Cancelled
            : store.Get(notice.Id)?.Status ?? notice.Status;
        context.Reply(status == NoticeStatus.Sent ? NoticesTexts.CancelTooLate : done, notice.Id);
    }
}
