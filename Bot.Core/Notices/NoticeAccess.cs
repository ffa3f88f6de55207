using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.People;

namespace Bot.Core.Notices;

/// <summary>
/// Community scope of notice management: a secretary manages their own community's notices, a district admin all.
/// (The router has already checked the role.)
/// </summary>
internal static class NoticeAccess
{
    public static bool CanManage(Person person, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(notice);
        return person.Role == Role.Admin
            || (person.Role == Role.Secretary && !string.IsNullOrEmpty(person.CommunityId) && notice.CommunityId == person.CommunityId);
    }

    /// <summary>The community whose notices a person sees in lists: null (all) for an admin.</summary>
    public static string? Scope(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Role == Role.Admin ? null : person.CommunityId;
    }

    /// <summary>Reads a notice number from <paramref name="arg"/> and loads a notice the sender may manage; replies when it cannot.</summary>
    public static Notice? Find(CommandContext context, INoticeStore store, string arg, string usageKeyword)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        if (!TryNumber(arg, out var id))
        {
            context.Reply(NoticesTexts.NeedNumber, usageKeyword);
            return null;
        }

        var notice = store.Get(id);
        if (notice is null)
        {
            context.Reply(NoticesTexts.NotFound, id);
            return null;
        }

        if (!CanManage(context.Person, notice))
        {
            context.Reply(NoticesTexts.NotYours, id);
            return null;
        }

        return notice;
    }

    /// <summary>Parses "12" or "#12".</summary>
    public static bool TryNumber(string? arg, out int id)
    {
        var s = (arg ?? "").Trim().TrimStart('#');
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }
}
