using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary>
/// <c>/notice_audience N gpc</c>, the preview's audience buttons: g = groups, p = party members, c = cadres.
/// Changes the draft's audience and shows the preview again with the new counts.
/// </summary>
internal sealed class NoticeAudienceHandler(INoticeStore store, NoticeComposer composer) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "notice_audience",
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.ButtonAudienceAll,
        Hidden = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parts = context.Args.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (NoticeAccess.Find(context, store, parts[0], "/notice_audience") is not { } notice)
        {
            return;
        }

        if (notice.Status != NoticeStatus.Draft)
        {
            NotDraft(context, notice);
            return;
        }

        var audience = parts.Length < 2 ? NoticeAudience.None : Parse(parts[1]);
        if (audience == NoticeAudience.None)
        {
            context.Reply(NoticesTexts.AudienceUsage);
            return;
        }

        notice.Audience = audience;
        if (!store.SaveDraft(notice))
        {
            // Sent, scheduled or cancelled from elsewhere (another host) since it was read: say which.
            NotDraft(context, store.Get(notice.Id) ?? notice);
            return;
        }

        composer.ShowPreview(context, notice);
    }

    private static void NotDraft(CommandContext context, Notice notice) =>
        context.Reply(notice.Status == NoticeStatus.Sent ? NoticesTexts.AlreadySent : NoticesTexts.NotDraft, notice.Id, StatusName(context, notice));

    private static string StatusName(CommandContext context, Notice notice) =>
        notice.Status == NoticeStatus.Cancelled ? context.T(NoticesTexts.StatusCancelled) : context.T(NoticesTexts.StatusScheduled, "");

    private static NoticeAudience Parse(string letters)
    {
        var a = NoticeAudience.None;
        foreach (var c in letters.ToLowerInvariant())
        {
            a |= c switch
            {
                'g' => NoticeAudience.Groups,
                'p' => NoticeAudience.PartyMembers,
                'c' => NoticeAudience.Cadres,
                _ => NoticeAudience.None,
            };
        }

        return a;
    }
}
