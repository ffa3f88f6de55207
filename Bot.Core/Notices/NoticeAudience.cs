namespace Bot.Core.Notices;

/// <summary>Who a notice goes to; combinable (<c>Groups, PartyMembers</c> in configuration).</summary>
[Flags]
internal enum NoticeAudience
{
    None = 0,

    /// <summary>The community's bound group chats on every running channel.</summary>
    Groups = 1,

    /// <summary>Private messages to the roster's party members of the community.</summary>
    PartyMembers = 2,

    /// <summary>Private messages to all cadres (and secretaries) of the community.</summary>
    Cadres = 4,

    All = Groups | PartyMembers | Cadres,
}
