using Bot.Core.Texts;

namespace Bot.Core.Messaging.Intents;

/// <summary>One command a sentence may mean, with its arguments, how sure the recogniser is (0–1) and why.</summary>
public sealed record IntentCandidate(ICommandHandler Handler, string Phrase, string Args, Texts.Language? Language, double Confidence, string Reason, bool IsSlash = false)
{
    public CommandMatch ToMatch() => new(Handler, Phrase, Args, Language, IsSlash);
}
