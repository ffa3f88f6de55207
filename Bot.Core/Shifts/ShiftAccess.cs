using Bot.Core.Messaging;
using Bot.Core.People;

namespace Bot.Core.Shifts;

/// <summary>The community check the router cannot do: a cadre acts only for their own community.</summary>
internal static class ShiftAccess
{
    /// <summary>False (after replying) when the message was written in another community's group or the sender has no community.</summary>
    public static bool Allowed(CommandContext context)
    {
        if (context.Group is { } g && context.Person.Role != Role.Admin && g.CommunityId != context.Person.CommunityId)
        {
            context.Reply(ShiftsTexts.OtherCommunity, g.CommunityId);
            return false;
        }

        if (string.IsNullOrEmpty(context.CommunityId))
        {
            context.Reply(ShiftsTexts.NoCommunity);
            return false;
        }

        return true;
    }
}
