using Bot.Core.Messaging;
using Bot.Core.People;

namespace Bot.Core.Membership;

/// <summary><c>绑定本群 干部群</c>: a secretary binds the group chat to their community and a purpose.</summary>
internal sealed class BindGroupHandler(ICommunityStore communities, TimeProvider time) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "bindgroup",
        Hans = ["绑定本群", "绑定"],
        Hant = ["綁定本群", "綁定"],
        English = ["bind group"],
        Roles = CommandSpec.Secretaries,
        Description = MembershipTexts.BindDescription,
        Usage = new Texts.Text("绑定本群 干部群/居民群", "綁定本群 幹部群/居民群", "/bindgroup cadres|residents"),
        AllowedInUnboundGroup = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Message.IsPrivate)
        {
            context.Reply(MembershipTexts.BindOnlyInGroup);
            return;
        }

        GroupPurpose? purpose = context.Args.ToLowerInvariant() switch
        {
            "干部群" or "幹部群" or "干部" or "幹部" or "cadres" or "cadre" or "volunteers" => GroupPurpose.Cadres,
            "居民群" or "居民" or "residents" or "resident" => GroupPurpose.Residents,
            _ => null,
        };
        if (purpose is null)
        {
            context.Reply(MembershipTexts.BindUsage);
            return;
        }

        var community = context.Person.CommunityId;
        if (string.IsNullOrEmpty(community))
        {
            context.Reply(MembershipTexts.NoCommunity);
            return;
        }

        if (context.Group is { } existing && existing.CommunityId != community && context.Person.Role != Role.Admin)
        {
            context.Reply(MembershipTexts.BoundOther, existing.CommunityId);
            return;
        }

        communities.BindGroup(new GroupBinding
        {
            Channel = context.Message.Channel,
            ChatId = context.Message.Chat.ChatId,
            CommunityId = community,
            Purpose = purpose.Value,
            BoundBy = context.Person.Id,
            BoundAtUtc = time.GetUtcNow().UtcDateTime,
        });
        context.Reply(MembershipTexts.Bound, community,
            context.T(purpose == GroupPurpose.Cadres ? MembershipTexts.PurposeCadres : MembershipTexts.PurposeResidents));
    }
}
