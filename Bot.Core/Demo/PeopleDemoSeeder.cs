using Bot.Core.People;

namespace Bot.Core.Demo;

/// <summary>Creates the demo community, its secretary, cadres and residents.</summary>
public sealed class PeopleDemoSeeder(IPeopleStore people, ICommunityStore communities, TimeProvider time) : IDemoSeeder
{
    public void Seed(DemoOptions demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var community = communities.EnsureCommunity(demo.Community).Id;
        Upsert(demo.Secretary, Role.Secretary, community);
        foreach (var c in demo.Cadres)
        {
            Upsert(c, Role.Cadre, community);
        }

        foreach (var r in demo.Residents)
        {
            Upsert(r, Role.Resident, community);
        }

        Bind(demo.CadreGroup, GroupPurpose.Cadres, community);
        Bind(demo.ResidentGroup, GroupPurpose.Residents, community);
    }

    private void Bind(string group, GroupPurpose purpose, string community)
    {
        if (string.IsNullOrWhiteSpace(group) || communities.FindGroup(Messaging.ChannelNames.Console, group) is not null)
        {
            return;
        }

        communities.BindGroup(new GroupBinding
        {
            Channel = Messaging.ChannelNames.Console,
            ChatId = group,
            CommunityId = community,
            Purpose = purpose,
            BoundBy = "demo",
            BoundAtUtc = time.GetUtcNow().UtcDateTime,
        });
    }

    private void Upsert(DemoPerson p, Role role, string community)
    {
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            return;
        }

        var person = people.FindByName(p.Name, community) ?? new Person { Name = p.Name, CreatedAtUtc = time.GetUtcNow().UtcDateTime };
        person.Role = role;
        person.CommunityId = community;
        person.Phone = p.Phone ?? person.Phone;
        person.PartyMember = p.PartyMember;
        // The demo is played on the console, where a NAME is that person: link it now, so reminders and alerts reach
        // demo people before they have written anything.
        var console = $"{Messaging.ChannelNames.Console}:{p.Name}";
        if (!person.IdentityKeys.Contains(console))
        {
            person.IdentityKeys.Add(console);
        }

        people.Save(person);
    }
}
