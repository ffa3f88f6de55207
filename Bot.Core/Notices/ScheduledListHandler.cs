using System.Globalization;
using System.Text;
using Bot.Core.Configuration;
using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary><c>定时列表</c>: the scheduled notices the sender manages, soonest first.</summary>
internal sealed class ScheduledListHandler(INoticeStore store, BotClock clock) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "notice_schedules",
        Hans = ["定时列表"],
        Hant = ["定時列表"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.ScheduledListDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var list = store.WithStatus(NoticeStatus.Scheduled)
            .Where(n => NoticeAccess.CanManage(context.Person, n))
            .OrderBy(n => n.ScheduledAtUtc).ToList();
        if (list.Count == 0)
        {
            context.Reply(NoticesTexts.NoneScheduled);
            return;
        }

        var text = new StringBuilder(context.T(NoticesTexts.ScheduledHeader));
        foreach (var n in list)
        {
            var at = clock.ToLocal(n.ScheduledAtUtc!.Value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            text.Append('\n').Append(context.T(NoticesTexts.ScheduledLine, n.Id, context.T(NoticeAckTexts.KindName(n.Kind)), n.Title, at));
        }

        context.Reply(text.ToString());
    }
}
