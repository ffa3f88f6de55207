namespace Bot.Core.Shifts;

/// <summary>What became of a due reminder; everything but <see cref="NotDue"/> is final and logged.</summary>
internal enum ReminderOutcome
{
    /// <summary>Not due yet (the roster moved it): nothing logged, the rebuilt trigger fires later.</summary>
    NotDue = 0,

    /// <summary>Enqueued in the outbox.</summary>
    Sent = 1,

    /// <summary>Not needed (signed in, handed over, cancelled, covered by a substitute).</summary>
    Skipped = 2,

    /// <summary>Missed while the bot was down and no longer useful: dropped and logged.</summary>
    Dropped = 3,

    /// <summary>Handled before (logged): the reminder is never sent twice.</summary>
    AlreadyDone = 4,
}
