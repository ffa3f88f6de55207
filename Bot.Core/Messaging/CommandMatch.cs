using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>A recognised command: the handler, the keyword as typed, its arguments, and the language it implies.</summary>
public sealed record CommandMatch(ICommandHandler Handler, string Keyword, string Args, Language? Language, bool IsSlash);
