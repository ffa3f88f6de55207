using Bot.Core.Messaging;

namespace Bot.Core.People;

/// <summary><c>加入 CODE</c>: redeems an invite, privately.</summary>
public sealed class JoinHandler(InviteStore invites, PeopleStore people) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "join",
        Hans = ["加入"],
        Hant = ["加入"],
        English = ["join"],
        Roles = [Role.Resident],
        Description = PeopleTexts.JoinDescription,
        Usage = new Texts.Text("加入 邀请码", "加入 邀請碼", "/join CODE"),
        AllowedInUnboundGroup = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Message.IsPrivate)
        {
            context.Reply(PeopleTexts.InviteOnlyInPrivate);
            return;
        }

        if (string.IsNullOrWhiteSpace(context.Args))
        {
            context.Reply(PeopleTexts.JoinUsage);
            return;
        }

        var person = context.Person;
        if (person.IsStaff)
        {
            context.Reply(PeopleTexts.AlreadyStaff, person.CommunityId);
            return;
        }

        var (invite, problem) = invites.Redeem(context.Args.Split(' ')[0], person.Id);
        if (invite is null)
        {
            context.Reply(problem switch
            {
                InviteProblem.Used => PeopleTexts.JoinUsed,
                InviteProblem.Expired => PeopleTexts.JoinExpired,
                _ => PeopleTexts.JoinUnknown,
            });
            return;
        }

        person.Role = invite.Role;
        person.CommunityId = invite.CommunityId;
        people.Save(person);
        context.Reply(PeopleTexts.Joined, person.Name, context.T(PeopleService.RoleName(invite.Role)), invite.CommunityId);
    }
}
