using Bot.Core.Messaging;

namespace Bot.Core.People;

/// <summary><c>社区 名称</c>: a resident names the community they live in.</summary>
public sealed class CommunityHandler(PeopleStore people, PeopleService service, CommunityFlow flow) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "community",
        Hans = ["社区", "选择社区"],
        Hant = ["社區", "選擇社區"],
        English = ["community"],
        Roles = [Role.Resident],
        InterruptsConversation = true,
        Description = PeopleTexts.CommunityDescription,
        Usage = new Texts.Text("社区 名称", "社區 名稱", "/community NAME"),
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Person.IsStaff)
        {
            context.Reply(PeopleTexts.CommunityStaffFixed);
            return;
        }

        if (string.IsNullOrWhiteSpace(context.Args))
        {
            service.AskForCommunity(context);
            return;
        }

        var community = people.FindCommunity(context.Args);
        if (community is null)
        {
            var known = string.Join("、", people.Communities().Take(20).Select(c => c.Name));
            context.Reply(PeopleTexts.CommunityUnknown, context.Args, known);
            return;
        }

        context.Person.CommunityId = community.Id;
        people.Save(context.Person);
        context.Reply(PeopleTexts.CommunitySet, community.Name);
        flow.Resume(context);
    }
}
