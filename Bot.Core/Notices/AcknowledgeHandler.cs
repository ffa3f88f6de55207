using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary>
/// <c>已学 N</c> / <c>已阅 N</c> / <c>/ack N</c>, also the 已学习 / 已阅 button under every notice: records one
/// acknowledgement per person per notice. Without N, the newest notice addressed to the sender that they have not
/// acknowledged. Someone reading it in their community's group who was not addressed privately is recorded too.
/// </summary>
internal sealed class AcknowledgeHandler(INoticeStore store, BotClock clock) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "ack",
        Hans = ["已学", "已学习", "已阅", "已读"],
        Hant = ["已學", "已學習", "已閱", "已讀"],
        Roles = CommandSpec.Everyone,
        Description = NoticeAckTexts.AckUsage,
        Hidden = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Notice? notice;
        if (string.IsNullOrWhiteSpace(context.Args))
        {
            notice = store.Recent(null, 50, n => n.Status == NoticeStatus.Sent
                && store.Recipient(n.Id, context.Person.Id) is { Acked: false }).FirstOrDefault();
            if (notice is null)
            {
                context.ReplyPrivately(context.T(NoticeAckTexts.NothingToAck));
                return;
            }
        }
        else if (!NoticeAccess.TryNumber(context.Args, out var id))
        {
            context.ReplyPrivately(context.T(NoticeAckTexts.AckUsage));
            return;
        }
        else if ((notice = store.Get(id)) is not { Status: NoticeStatus.Sent })
        {
            context.ReplyPrivately(context.T(NoticesTexts.NotFound, id));
            return;
        }

        var recipient = store.Recipient(notice.Id, context.Person.Id);
        if (recipient is null)
        {
            var community = context.Group?.CommunityId ?? context.Person.CommunityId;
            if (string.IsNullOrEmpty(community) || !(notice.IsForAllCommunities || notice.CommunityId == community))
            {
                context.ReplyPrivately(context.T(NoticeAckTexts.NotForYou, notice.Id));
                return;
            }

            recipient = new NoticeRecipient
            {
                NoticeId = notice.Id,
                PersonId = context.Person.Id,
                Name = context.Person.Name,
                CommunityId = community,
                PartyMember = context.Person.PartyMember,
                Addressed = false,
            };
        }

        if (!recipient.Acknowledge(context.Now, context.Message.Channel))
        {
            var at = clock.ToLocal(recipient.AckedAtUtc!.Value).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
            context.ReplyPrivately(context.T(NoticeAckTexts.AlreadyAcked, notice.Title, at));
            return;
        }

        store.SaveRecipient(recipient);
        context.ReplyPrivately(context.T(NoticeAckTexts.Acked, notice.Title, context.T(NoticeAckTexts.Verb(notice.Kind))));
    }
}
