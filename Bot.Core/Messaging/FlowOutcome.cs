namespace Bot.Core.Messaging;

/// <summary>What a conversation step made of the message it was given (<see cref="IConversationFlow.Continue"/>).</summary>
public enum FlowOutcome
{
    /// <summary>The message was the conversation's answer, and the step has dealt with it.</summary>
    Answered,

    /// <summary>
    /// The message is no answer (a command, or anything else the step does not take): the pipeline handles it as if no
    /// conversation were active, with every check a command goes through (where it may run, the sender's role, the
    /// group's rules); then, if the conversation is still open and can resume (<see cref="IResumableFlow"/>), its
    /// question is asked again. A flow never runs another command itself.
    /// </summary>
    NotAnAnswer,
}
