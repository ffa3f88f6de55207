using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary>
/// <c>/notice_send N</c>, the preview's 确认发送 button: publishes notice N, and only N. Typed as <c>确认发送</c> without a
/// number (where a platform shows no buttons), it sends the preview the sender saw last. Either way the preview must be
/// recent (<see cref="NoticesOptions.PreviewValidity"/>), else it is shown again (<see cref="NoticeConfirmation"/>).
/// </summary>
internal sealed class NoticeSendHandler(INoticeStore store, NoticeConfirmation confirmation, NoticeBroadcastService broadcast) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "notice_send",
        Hans = ["确认发送"],
        Hant = ["確認發送"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.ButtonConfirm,
        Hidden = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notice = string.IsNullOrWhiteSpace(context.Args)
            ? confirmation.TypedTarget(context)
            : NoticeAccess.Find(context, store, context.Args, "/notice_send");
        if (notice is null || IsPast(context, notice))
        {
            return;
        }

        if (notice.Status == NoticeStatus.Draft && !confirmation.IsFresh(context, notice))
        {
            return;
        }

        if (broadcast.Publish(notice, context.Now) is not { } audience)
        {
            // Sent or cancelled from elsewhere (another host) since it was read: say which.
            if (store.Get(notice.Id) is { } now)
            {
                IsPast(context, now);
            }

            return;
        }

        context.Reply(NoticesTexts.Sent, notice.Id, notice.Title, audience.Groups.Count, audience.People.Count);
    }

    /// <summary>Tells the sender when the notice is already sent or cancelled.</summary>
    private static bool IsPast(CommandContext context, Notice notice)
    {
        if (notice.Status == NoticeStatus.Sent)
        {
            context.Reply(NoticesTexts.AlreadySent, notice.Id);
            return true;
        }

        if (notice.Status == NoticeStatus.Cancelled)
        {
            context.Reply(NoticesTexts.NotDraft, notice.Id, context.T(NoticesTexts.StatusCancelled));
            return true;
        }

        return false;
    }
}
