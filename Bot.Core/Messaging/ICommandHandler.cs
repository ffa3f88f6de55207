namespace Bot.Core.Messaging;

/// <summary>
/// Handles one command. Runs synchronously inside the message's transaction: everything it stores and every
/// message it sends (through the context, into the outbox) commits together with the inbox's "handled" mark.
/// </summary>
public interface ICommandHandler
{
    CommandSpec Spec { get; }

    void Handle(CommandContext context);
}
