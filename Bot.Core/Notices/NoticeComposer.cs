using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Membership;
using Bot.Core.Messaging;
using Bot.Core.People;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary>
/// Composes a notice from <c>党课 [全区|社区] 标题</c> + content lines and shows the preview with its audience counts
/// and the send / cancel / audience buttons. The title comes from the normalised first line; the content is taken
/// from the raw message so punctuation and links stay exactly as written.
/// </summary>
internal sealed class NoticeComposer(INoticeStore store, INoticePreviewStore previews, NoticeAudienceResolver resolver, BotClock clock,
    IOptions<NoticesOptions> options, ICommunityStore communities)
{
    private const int PreviewExcerpt = 200;
    private static readonly string[] AllWords = ["全区", "全區", "all", "全部"];

    public void Compose(CommandContext context, NoticeKind kind, string keyword)
    {
        ArgumentNullException.ThrowIfNull(context);
        var argLines = context.Args.Split('\n');
        var first = argLines[0].Trim();
        var raw = (context.Message.Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Split('\n');
        var content = argLines.Length > 1 && raw.Length >= argLines.Length - 1
            ? string.Join('\n', raw[^(argLines.Length - 1)..]).Trim()
            : "";

        string? target = null;
        var title = first;
        var tokens = first.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (tokens.Length == 2 && AllWords.Contains(tokens[0], StringComparer.OrdinalIgnoreCase))
        {
            (target, title) = (Notice.AllCommunities, tokens[1]);
        }
        else if (tokens.Length == 2 && communities.FindCommunity(tokens[0]) is { } named)
        {
            (target, title) = (named.Id, tokens[1]);
        }

        title = RawTitle(raw.Length >= argLines.Length ? raw[^argLines.Length] : "", title);
        if (title.Length == 0 || content.Length == 0)
        {
            context.Reply(NoticesTexts.ComposeUsage, keyword);
            return;
        }

        string community;
        if (context.Person.Role == Role.Admin)
        {
            var fallback = string.IsNullOrEmpty(context.Group?.CommunityId) ? null : context.Group.CommunityId;
            if ((target ?? fallback) is not { } chosen)
            {
                context.Reply(NoticesTexts.NeedTarget, keyword);
                return;
            }

            community = chosen;
        }
        else
        {
            if (string.IsNullOrEmpty(context.Person.CommunityId))
            {
                context.Reply(MembershipTexts.NoCommunity);
                return;
            }

            if (target is not null && target != context.Person.CommunityId)
            {
                context.Reply(NoticesTexts.OwnCommunityOnly, context.Person.CommunityId);
                return;
            }

            community = context.Person.CommunityId;
        }

        var notice = store.Add(new Notice
        {
            Kind = kind,
            CommunityId = community,
            Title = title,
            Content = content,
            Audience = options.Value.DefaultAudience,
            Status = NoticeStatus.Draft,
            AuthorId = context.Person.Id,
            CreatedAtUtc = context.Now.UtcDateTime,
        });
        ShowPreview(context, notice);
    }

    /// <summary>Shows the preview and records that the sender saw it now (what a confirmation may then act on).</summary>
    public void ShowPreview(CommandContext context, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(notice);
        previews.Shown(notice.Id, context.Person.Id, context.Now.UtcDateTime);
        var audience = resolver.Resolve(notice.CommunityId, notice.Audience);
        var excerpt = notice.Content.Length > PreviewExcerpt ? notice.Content[..PreviewExcerpt] + "…" : notice.Content;
        var scope = (notice.IsForAllCommunities ? NoticesTexts.AllCommunities.Get(context.Language) : notice.CommunityId)
            + " · " + AudienceName(notice.Audience, context);
        var unreachable = audience.Unreachable > 0 ? context.T(NoticesTexts.PreviewUnreachable, audience.Unreachable) : "";
        var example = clock.At(clock.Today.AddDays(1), new TimeOnly(20, 0)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = context.T(NoticesTexts.Preview, notice.Id, NoticeAckTexts.KindName(notice.Kind).Get(context.Language), notice.Title,
            excerpt, scope, audience.Groups.Count, audience.People.Count, unreachable, example);
        context.Reply(text,
        [
            [new Button(context.T(NoticesTexts.ButtonConfirm), $"/notice_send {notice.Id}"), new Button(context.T(NoticesTexts.ButtonCancel), $"/notice_cancel {notice.Id}")],
            [
                new Button(context.T(NoticesTexts.ButtonAudienceAll), $"/notice_audience {notice.Id} gpc"),
                new Button(context.T(NoticesTexts.ButtonAudiencePartyMembers), $"/notice_audience {notice.Id} gp"),
                new Button(context.T(NoticesTexts.ButtonAudienceCadres), $"/notice_audience {notice.Id} gc"),
            ],
        ]);
    }

    /// <summary>The title as typed (full-width punctuation kept): the part of the raw line that normalises to it.</summary>
    private static string RawTitle(string rawLine, string normalized)
    {
        for (var i = 0; i < rawLine.Length; i++)
        {
            if (InputNormalizer.Normalize(rawLine[i..]) == normalized)
            {
                return rawLine[i..].Trim();
            }
        }

        return normalized;
    }

    private static string AudienceName(NoticeAudience audience, CommandContext context)
    {
        var parts = new List<string>();
        if (audience.HasFlag(NoticeAudience.Groups))
        {
            parts.Add(context.T(NoticesTexts.AudienceGroups));
        }

        if (audience.HasFlag(NoticeAudience.PartyMembers))
        {
            parts.Add(context.T(NoticesTexts.AudiencePartyMembers));
        }

        if (audience.HasFlag(NoticeAudience.Cadres))
        {
            parts.Add(context.T(NoticesTexts.AudienceCadres));
        }

        return string.Join(context.T(NoticeAckTexts.NameSeparator), parts);
    }
}
