using Bot.Core.Messaging;
using Bot.Core.People;
using Microsoft.Extensions.Options;

namespace Bot.Core.Notices;

/// <summary>
/// Turns a notice's community and audience flags into group chats (bound groups on running channels; cadre groups,
/// plus residents' groups when configured) and people (party members and/or cadres and secretaries), each person once.
/// </summary>
internal sealed class NoticeAudienceResolver(IPeopleStore people, ICommunityStore communityStore, Messenger messenger, IOptions<NoticesOptions> options)
{
    public ResolvedAudience Resolve(string communityId, NoticeAudience audience)
    {
        var all = communityId == Notice.AllCommunities;
        var groups = new List<GroupBinding>();
        if (audience.HasFlag(NoticeAudience.Groups))
        {
            var communities = all ? communityStore.Communities().Select(c => c.Id).ToList() : [communityId];
            foreach (var c in communities)
            {
                groups.AddRange(communityStore.GroupsOf(c).Where(g => messenger.IsEnabled(g.Channel)
                    && (g.Purpose == GroupPurpose.Cadres || options.Value.IncludeResidentGroups)));
            }
        }

        var wantMembers = audience.HasFlag(NoticeAudience.PartyMembers);
        var wantCadres = audience.HasFlag(NoticeAudience.Cadres);
        var persons = new List<Person>();
        if (wantMembers || wantCadres)
        {
            var pool = all ? people.All().Where(p => !string.IsNullOrEmpty(p.CommunityId)) : people.InCommunity(communityId);
            persons = pool
                .Where(p => (wantMembers && p.PartyMember) || (wantCadres && p.Role is Role.Cadre or Role.Secretary))
                .OrderBy(p => p.CommunityId, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
                .ToList();
        }

        return new ResolvedAudience(groups, persons, persons.Count(p => messenger.AddressOf(p) is null));
    }
}
