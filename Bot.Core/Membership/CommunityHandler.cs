using Bot.Core.Messaging;
using Bot.Core.People;

namespace Bot.Core.Membership;

/// <summary><c>社区 名称</c>: a resident names the community they live in.</summary>
internal sealed class CommunityHandler(IPeopleStore people, ICommunityStore communities, CommunityPrompt prompt, CommunityFlow flow) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "community",
        Hans = ["社区", "选择社区"],
        Hant = ["社區", "選擇社區"],
        English = ["community"],
        Roles = [Role.Resident],
        InterruptsConversation = true,
        Description = MembershipTexts.CommunityDescription,
        Usage = new Texts.Text("社区 名称", "社區 名稱", "/community NAME"),
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Person.IsStaff)
        {
            context.Reply(MembershipTexts.CommunityStaffFixed);
            return;
        }

        if (string.IsNullOrWhiteSpace(context.Args))
        {
            prompt.Ask(context);
            return;
        }

        var community = communities.FindCommunity(context.Args);
        if (community is null)
        {
            var known = string.Join("、", communities.Communities().Take(20).Select(c => c.Name));
            context.Reply(MembershipTexts.CommunityUnknown, context.Args, known);
            return;
        }

        context.Person.CommunityId = community.Id;
        people.Save(context.Person);
        context.Reply(MembershipTexts.CommunitySet, community.Name);
        flow.Resume(context);
    }
}
