using Bot.Core.Messaging;
using Bot.Core.People;

namespace Bot.Core.Membership;

/// <summary><c>加入 CODE</c>: redeems an invite, privately.</summary>
internal sealed class JoinHandler(IInviteStore invites, IPeopleStore people) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "join",
        Hans = ["加入"],
        Hant = ["加入"],
        English = ["join"],
        Roles = [Role.Resident],
        Description = MembershipTexts.JoinDescription,
        Usage = new Texts.Text("加入 邀请码", "加入 邀請碼", "/join CODE"),
        AllowedInUnboundGroup = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Message.IsPrivate)
        {
            context.Reply(MembershipTexts.InviteOnlyInPrivate);
            return;
        }

        if (string.IsNullOrWhiteSpace(context.Args))
        {
            context.Reply(MembershipTexts.JoinUsage);
            return;
        }

        var person = context.Person;
        if (person.IsStaff)
        {
            context.Reply(MembershipTexts.AlreadyStaff, person.CommunityId);
            return;
        }

        var (invite, problem) = invites.Redeem(context.Args.Split(' ')[0], person.Id);
        if (invite is null)
        {
            context.Reply(problem switch
            {
                InviteProblem.Used => MembershipTexts.JoinUsed,
                InviteProblem.Expired => MembershipTexts.JoinExpired,
                _ => MembershipTexts.JoinUnknown,
            });
            return;
        }

        person.Role = invite.Role;
        person.CommunityId = invite.CommunityId;
        people.Save(person);
        context.Reply(MembershipTexts.Joined, person.Name, context.T(CoreTexts.RoleName(invite.Role)), invite.CommunityId);
    }
}
