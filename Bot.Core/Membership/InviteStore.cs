using Bot.Core.People;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Membership;

/// <summary>
/// Invite codes in LiteDB: single use, with an expiry. Redeeming is a conditional update in a transaction, so of two
/// redeemers of the same code exactly one wins.
/// </summary>
public sealed class InviteStore : IInviteStore
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly ILiteCollection<Invite> _invites;
    private readonly TimeProvider _time;
    private readonly BotDatabase _db;

    public InviteStore(BotDatabase db, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _invites = db.Collection<Invite>("invites");
        _time = time;
    }

    public Invite Create(string communityId, Role role, string createdBy, TimeSpan validFor)
    {
        var invite = new Invite
        {
            Code = System.Security.Cryptography.RandomNumberGenerator.GetString(Alphabet, 8),
            CommunityId = communityId,
            Role = role,
            CreatedBy = createdBy,
            ExpiresAtUtc = (_time.GetUtcNow() + validFor).UtcDateTime,
        };
        _invites.Insert(new BsonValue(invite.Code), invite);
        return invite;
    }

    /// <summary>
    /// Uses the code. Returns the invite, or the reason it cannot be used. The claim is one conditional update (unused
    /// and not expired) under the collection's write lock, which the transaction holds until it commits: a second
    /// redeemer waits for it and then finds the code used.
    /// </summary>
    public (Invite? Invite, InviteProblem Problem) Redeem(string code, string personId) => _db.InTransaction(() =>
    {
        var key = code.Trim().ToUpperInvariant();
        var now = _time.GetUtcNow().UtcDateTime;
        var claimed = _invites.UpdateMany(
            Expressions.Of("{ UsedBy: @0, UsedAtUtc: @1 }", personId, now),
            Expressions.Of("$._id = @0 AND $.UsedBy = null AND $.ExpiresAtUtc > @1", key, now));
        return _invites.FindOne(Expressions.ById(key)) switch
        {
            null => (null, InviteProblem.Unknown),
            var invite when claimed == 1 => (invite, InviteProblem.None),
            { UsedBy: not null } => (null, InviteProblem.Used),
            _ => ((Invite?)null, InviteProblem.Expired),
        };
    });
}
