using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.People;
using Microsoft.Extensions.Options;

namespace Bot.Core.Membership;

/// <summary><c>邀请 干部</c>: a secretary creates a single-use code for a cadre (or a fellow secretary).</summary>
internal sealed class InviteHandler(IInviteStore invites, IOptions<PeopleOptions> options) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "invite",
        Hans = ["邀请"],
        Hant = ["邀請"],
        English = ["invite"],
        Roles = CommandSpec.Secretaries,
        Description = MembershipTexts.InviteDescription,
        Usage = new Texts.Text("邀请 干部", "邀請 幹部", "/invite cadre"),
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Role? role = context.Args.ToLowerInvariant() switch
        {
            "干部" or "幹部" or "cadre" or "" => Role.Cadre,
            "书记" or "書記" or "secretary" => Role.Secretary,
            _ => null,
        };
        if (role is null)
        {
            context.Reply(MembershipTexts.InviteUsage);
            return;
        }

        if (string.IsNullOrEmpty(context.CommunityId))
        {
            context.Reply(MembershipTexts.NoCommunity);
            return;
        }

        var validity = options.Value.InviteValidity;
        var invite = invites.Create(context.CommunityId, role.Value, context.Person.Id, validity);
        context.ReplyPrivately(context.T(MembershipTexts.InviteCreated, invite.Code, validity.TotalHours.ToString("0", CultureInfo.InvariantCulture)));
    }
}
