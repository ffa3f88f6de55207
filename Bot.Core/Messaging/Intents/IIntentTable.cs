namespace Bot.Core.Messaging.Intents;

/// <summary>
/// A feature's phrasings, kept next to its handlers: the words people use for each command and how its arguments
/// are read. The <see cref="IntentRecognizer"/> adds every command's own keywords to these.
/// </summary>
public interface IIntentTable
{
    /// <summary>How each command (by <see cref="CommandSpec.Name"/>) takes its arguments; unnamed commands take the rest.</summary>
    IReadOnlyDictionary<string, IntentArgs> Arguments { get; }

    IReadOnlyList<IntentPhrase> Phrases { get; }

    /// <summary>Words that, left alone as the arguments, say nothing (买点<b>菜</b>: the kind, not the items).</summary>
    IReadOnlyList<string> EmptyArguments => [];
}
