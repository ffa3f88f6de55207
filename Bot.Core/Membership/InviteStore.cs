using Bot.Core.People;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Membership;

/// <summary>Invite codes: single use, with an expiry.</summary>
public sealed class InviteStore : IInviteStore
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly ILiteCollection<Invite> _invites;
    private readonly TimeProvider _time;

    public InviteStore(BotDatabase db, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
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

    /// <summary>Uses the code. Returns the invite, or the reason it cannot be used.</summary>
    public (Invite? Invite, InviteProblem Problem) Redeem(string code, string personId)
    {
        var invite = _invites.FindOne(Expressions.ById(code.Trim().ToUpperInvariant()));
        if (invite is null)
        {
            return (null, InviteProblem.Unknown);
        }

        if (invite.UsedBy is not null)
        {
            return (null, InviteProblem.Used);
        }

        var now = _time.GetUtcNow().UtcDateTime;
        if (now >= invite.ExpiresAtUtc)
        {
            return (null, InviteProblem.Expired);
        }

        invite.UsedBy = personId;
        invite.UsedAtUtc = now;
        _invites.Update(new BsonValue(invite.Code), invite);
        return (invite, InviteProblem.None);
    }
}
