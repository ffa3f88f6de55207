namespace Bot.Core.Messaging;

/// <summary>
/// Answers a private message that no command, conversation or recognised wording took, before the pipeline says it
/// did not understand: a resident who has not named a community yet is asked for it. Runs synchronously inside the
/// message's transaction like a command handler.
/// </summary>
public interface IUnmatchedHandler
{
    /// <summary>Returns true when this handler has answered the message.</summary>
    bool TryHandle(CommandContext context);
}
