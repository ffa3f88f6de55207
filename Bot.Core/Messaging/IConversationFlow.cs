using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>
/// An explicit state machine for a multi-step dialog. The pipeline calls <see cref="Continue"/> with each answer
/// while the conversation is active; the flow moves <see cref="ConversationState.Step"/> on through the context,
/// which saves the state at the end of the turn.
/// </summary>
public interface IConversationFlow
{
    /// <summary>Unique name, stored in <see cref="ConversationState.Flow"/>.</summary>
    string Name { get; }

    /// <summary>Told to the person when the conversation expires after being idle.</summary>
    Text ExpiredText { get; }

    /// <summary>
    /// Takes the sender's next message while the conversation is active. Returns <see cref="FlowOutcome.NotAnAnswer"/>
    /// to hand the message back to the pipeline (a command named instead of an answer) rather than running it here.
    /// </summary>
    FlowOutcome Continue(CommandContext context, ConversationState state);
}
