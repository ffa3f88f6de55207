using Bot.Core.Messaging;
using Bot.Core.Messaging.Intents;
using Bot.Core.People;
using Bot.Core.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Membership;

/// <summary>
/// A resident without a community asked for something that needs one (代购, 帮我买药): the bot asks for the community
/// and keeps what was asked, so that once the community is chosen (button, <c>社区 名称</c> or just the name) the
/// request goes on at once instead of being forgotten.
/// </summary>
internal sealed class CommunityFlow(IServiceProvider services) : IConversationFlow
{
    public const string FlowName = "people.community";
    public const string WaitingStep = "waiting-community";
    private const string ResumeKey = "resume";

    public string Name => FlowName;

    public Text ExpiredText => MembershipTexts.CommunityWaitOver;

    /// <summary>Remembers <paramref name="request"/> (the message as typed) to carry out once the community is known.</summary>
    public void Remember(CommandContext context, string request)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.StartConversation(this, WaitingStep);
        state.Data[ResumeKey] = request;
        context.Advance(state, WaitingStep);
    }

    /// <summary>The answer to "which community?": the community's name, else whatever command it is.</summary>
    public FlowOutcome Continue(CommandContext context, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        if (services.GetRequiredService<ICommunityStore>().FindCommunity(context.Args) is { } community)
        {
            context.Person.CommunityId = community.Id;
            services.GetRequiredService<IPeopleStore>().Save(context.Person);
            context.Reply(MembershipTexts.CommunitySet, community.Name);
            Resume(context);
            return FlowOutcome.Answered;
        }

        var intent = services.GetRequiredService<IntentRecognizer>().Recognize(context.Args, context.Person.Role).Decision;
        if (intent is not null && intent.Handler.Spec.Allows(context.Person.Role))
        {
            // Something else was asked instead: that wins (the pipeline runs it), and the earlier request is dropped.
            context.EndConversation(state);
            return FlowOutcome.NotAnAnswer;
        }

        services.GetRequiredService<CommunityPrompt>().Ask(context);
        return FlowOutcome.Answered;
    }

    /// <summary>Ends the wait and carries out the remembered request, if there is one (the community is set by now).</summary>
    public void Resume(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Conversation is not { Flow: FlowName } state)
        {
            return;
        }

        context.EndConversation(state);
        var request = state.Get(ResumeKey);
        var intent = string.IsNullOrEmpty(request)
            ? null
            : services.GetRequiredService<IntentRecognizer>().Recognize(request, context.Person.Role).Decision;
        if (intent is null || !intent.Handler.Spec.Allows(context.Person.Role) || intent.Handler.Spec.Name == "community")
        {
            return;
        }

        context.Args = intent.Args;
        intent.Handler.Handle(context);
    }
}
