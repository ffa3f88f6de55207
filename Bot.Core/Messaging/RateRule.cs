namespace Bot.Core.Messaging;

/// <summary>Which messages a <see cref="RateRule"/> counts together.</summary>
public enum RateScope
{
    /// <summary>All messages of the channel.</summary>
    Channel = 0,

    /// <summary>Each private chat on its own.</summary>
    PrivateChat = 1,

    /// <summary>Each group chat on its own.</summary>
    GroupChat = 2,
}

/// <summary>At most <see cref="Permits"/> messages in any rolling <see cref="Window"/>, per <see cref="Scope"/>.</summary>
public sealed record RateRule(RateScope Scope, int Permits, TimeSpan Window);
