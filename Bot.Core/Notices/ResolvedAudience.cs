using Bot.Core.People;

namespace Bot.Core.Notices;

/// <summary>The groups and people a notice goes to; <see cref="Unreachable"/> of the people have no account on a running channel.</summary>
internal sealed record ResolvedAudience(IReadOnlyList<GroupBinding> Groups, IReadOnlyList<Person> People, int Unreachable);
