namespace Bot.Host.Channels.WeCom;

/// <summary>Whether an outbox message was answered in a callback's HTTP response (intelligent bot).</summary>
internal enum PassiveState
{
    /// <summary>Not answered passively: send it.</summary>
    None,

    /// <summary>The passive reply is being written: try again shortly.</summary>
    Pending,

    /// <summary>Answered passively: it counts as sent.</summary>
    Delivered,
}
