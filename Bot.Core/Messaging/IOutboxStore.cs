namespace Bot.Core.Messaging;

/// <summary>
/// The outbox as the dispatchers see it, implemented by every storage backend. Besides <see cref="IOutbox.Enqueue"/>
/// (dedupe keys: at most once per key), it answers what is pending and records each send's outcome.
/// </summary>
/// <remarks>
/// <para>
/// <b>Send order.</b> A channel's messages go out interactive before bulk (<see cref="MessagePriority"/>), then in the
/// order they were stored (<see cref="OutboxRecord.Id"/>); within one chat only the first pending message in that
/// order may be in flight, so a chat's messages arrive in order.
/// </para>
/// <para>
/// <b>Claims.</b> <see cref="Claim"/> hands out what may be sent now and marks it as taken by one claimant for a lease.
/// On PostgreSQL several hosts claim from one table: a message is claimed by one of them only (the claim is a locked,
/// conditional update), and a chat with a message claimed by anyone offers nothing else until that claim ends
/// (<see cref="MarkSent"/>, <see cref="MarkFailed"/> or <see cref="Reschedule"/>) or its lease lapses (the claimant
/// died: the message is claimed again, so a message in flight at a crash may be sent twice, as before). A living
/// claimant keeps its claims with <see cref="RenewClaims"/> well before they lapse, so the lease can be short (a dead
/// host's messages wait one lease) however long a send or the wait for the rate limits takes. On LiteDB
/// only one process can open the data file, so the claims are kept in that process's memory: the same rules, and
/// nothing to recover after a restart.
/// </para>
/// </remarks>
public interface IOutboxStore : IOutbox
{
    bool Exists(string dedupeKey);

    /// <summary>Every pending record of the channel (claimed or not), in no particular order (ids rise in storing order).</summary>
    IReadOnlyList<OutboxRecord> Pending(string channel);

    OutboxRecord? Find(long id);

    int PendingCount(string channel);

    int PendingCount();

    /// <summary>
    /// Claims up to <paramref name="max"/> of the channel's messages that may be sent now for
    /// <paramref name="claimant"/> until now + <paramref name="lease"/>: of each chat with no claimed message, its
    /// first pending message in send order if it is due. Returned in send order.
    /// </summary>
    IReadOnlyList<OutboxRecord> Claim(string channel, string claimant, int max, TimeSpan lease);

    /// <summary>
    /// Extends the claims of <paramref name="claimant"/> on those of the messages <paramref name="ids"/> that are still
    /// pending on the channel to now + <paramref name="lease"/>, lapsed or not, as long as no one else has claimed the
    /// message since; returns how many. A claim another claimant took over after it lapsed stays theirs, an ended claim
    /// is not renewed, and neither is a claim the caller no longer names (say it lost track of a message when recording
    /// its outcome failed): that one lapses, and the message is claimed again.
    /// </summary>
    int RenewClaims(string channel, string claimant, IReadOnlyCollection<long> ids, TimeSpan lease);

    /// <summary>Records a send the platform accepted (the record leaves the queue; its claim ends).</summary>
    void MarkSent(OutboxRecord record);

    /// <summary>Records a permanent refusal (the record leaves the queue; its claim ends).</summary>
    void MarkFailed(OutboxRecord record, string error);

    /// <summary>Puts the record back for a later attempt (its claim ends; it is due again at <paramref name="nextAttemptUtc"/>).</summary>
    void Reschedule(OutboxRecord record, DateTime nextAttemptUtc, string error, bool countAttempt);

    IReadOnlyList<OutboxRecord> All();

    /// <summary>
    /// Deletes up to <paramref name="max"/> sent or failed records stored before <paramref name="createdBeforeUtc"/>,
    /// oldest first, in one transaction; returns how many went. Pending records are never deleted.
    /// </summary>
    int DeleteFinished(DateTime createdBeforeUtc, int max);

    /// <summary>Runs <paramref name="work"/> (marks, reschedules) as one transaction: one commit.</summary>
    void InTransaction(Action work);
}
