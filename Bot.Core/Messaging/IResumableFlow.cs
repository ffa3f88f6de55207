namespace Bot.Core.Messaging;

/// <summary>A conversation that can ask its current question again after a command ran in its middle.</summary>
public interface IResumableFlow
{
    void Resume(CommandContext context, ConversationState state);
}
