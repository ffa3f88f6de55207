using System.Globalization;
using System.Text;
using Bot.Core.Configuration;
using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary>
/// <c>学习情况 [N]</c> / <c>/readstats [N]</c>: acknowledgement counts per community and the names of those who have
/// not acknowledged (the newest sent notice when N is omitted).
/// </summary>
internal sealed class ReadStatsHandler(INoticeStore store, BotClock clock) : ICommandHandler
{
    /// <summary>Names listed per community; beyond that the export has the full list.</summary>
    public const int MaxNames = 100;

    public CommandSpec Spec { get; } = new()
    {
        Name = "readstats",
        Hans = ["学习情况", "阅读情况"],
        Hant = ["學習情況", "閱讀情況"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.ReadStatsDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Notice? notice;
        if (string.IsNullOrWhiteSpace(context.Args))
        {
            notice = store.Recent(NoticeAccess.Scope(context.Person), 1,
                n => n.Status == NoticeStatus.Sent && NoticeAccess.CanManage(context.Person, n)).FirstOrDefault();
            if (notice is null)
            {
                context.Reply(NoticeAckTexts.NoSentNotice);
                return;
            }
        }
        else if ((notice = NoticeAccess.Find(context, store, context.Args, "/readstats")) is null)
        {
            return;
        }

        if (notice.Status != NoticeStatus.Sent)
        {
            context.Reply(NoticeAckTexts.NotSentYet, notice.Id);
            return;
        }

        context.Reply(Describe(context, notice));
    }

    private string Describe(CommandContext context, Notice notice)
    {
        var stats = NoticeReadStats.Of(store.Recipients(notice.Id));
        var verb = context.T(NoticeAckTexts.Verb(notice.Kind));
        var sent = clock.ToLocal(notice.SentAtUtc!.Value).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = new StringBuilder(context.T(NoticeAckTexts.StatsHeader, notice.Id, notice.Title,
            context.T(NoticeAckTexts.KindName(notice.Kind)), sent, verb, stats.Acked, stats.Addressed, stats.Rate));
        var separator = context.T(NoticeAckTexts.NameSeparator);
        foreach (var c in stats.Communities)
        {
            text.Append('\n').Append(context.T(NoticeAckTexts.StatsCommunity, c.CommunityId, c.Acked, c.Addressed));
            if (c.Missing.Count == 0)
            {
                text.Append('\n').Append(context.T(NoticeAckTexts.StatsAllDone, verb));
                continue;
            }

            var names = c.Missing.Take(MaxNames).Select(r => r.Reachable ? r.Name : r.Name + context.T(NoticeAckTexts.Unreachable));
            text.Append('\n').Append(context.T(NoticeAckTexts.StatsMissing, verb, string.Join(separator, names)));
            if (c.Missing.Count > MaxNames)
            {
                text.Append(context.T(NoticeAckTexts.StatsMore, c.Missing.Count, notice.Id));
            }
        }

        if (stats.Extra > 0)
        {
            text.Append('\n').Append(context.T(NoticeAckTexts.StatsExtra, stats.Extra));
        }

        return text.ToString();
    }
}
