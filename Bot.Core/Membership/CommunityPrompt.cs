using Bot.Core.Messaging;
using Bot.Core.People;

namespace Bot.Core.Membership;

/// <summary>
/// Asks a resident which community they live in: when they ask for something that needs one, when they say hello,
/// and when a private message of theirs matched nothing else (the pipeline's <see cref="IUnmatchedHandler"/>).
/// </summary>
internal sealed class CommunityPrompt(ICommunityStore communities, CommunityFlow communityFlow) : IUnmatchedHandler
{
    /// <summary>
    /// Asks a resident to name their community, then carries out the message being handled (代购, 帮我买药) once they
    /// have: the request is remembered rather than forgotten.
    /// </summary>
    public void AskThenResume(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (communities.Communities().Count > 0)
        {
            communityFlow.Remember(context, InputNormalizer.Normalize(context.Message.ButtonData ?? context.Message.Text));
        }

        Ask(context);
    }

    /// <summary>Asks a resident to name their community, with buttons when there are few.</summary>
    public void Ask(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var all = communities.Communities();
        if (all.Count == 0)
        {
            context.Reply(MembershipTexts.NoCommunities);
            return;
        }

        var buttons = all.Count <= 8
            ? all.Select(c => (IReadOnlyList<Button>)[new Button(c.Name, "/community " + c.Name)]).ToList()
            : null;
        context.Reply(context.T(MembershipTexts.PickCommunity, all[0].Name), buttons);
    }

    /// <summary>A resident without a community wrote something not understood: they are asked for their community.</summary>
    public bool TryHandle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Person.Role != Role.Resident || !string.IsNullOrEmpty(context.Person.CommunityId))
        {
            return false;
        }

        Ask(context);
        return true;
    }
}
