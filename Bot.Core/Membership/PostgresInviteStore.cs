using Bot.Core.People;
using Bot.Core.Storage.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Core.Membership;

/// <summary>
/// Invite codes in PostgreSQL (table <c>invites</c>). A code is used once: redeeming is one conditional UPDATE
/// (<c>WHERE used_by IS NULL AND expires_at &gt; now</c>), so of two hosts redeeming the same code the first wins and
/// the other is told it was used.
/// </summary>
public sealed class PostgresInviteStore(PostgresDatabase db, TimeProvider time) : IInviteStore
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const string Columns = "code, community_id, role, created_by, expires_at, used_by, used_at";
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));
    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));

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
        _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO invites (code, community_id, role, created_by, expires_at)
                VALUES (@code, @community, @role, @by, @expires)
                """);
            command.Parameters.AddWithValue("code", invite.Code);
            command.Parameters.AddWithValue("community", invite.CommunityId);
            command.Parameters.AddWithValue("role", (int)invite.Role);
            command.Parameters.AddWithValue("by", invite.CreatedBy);
            command.Parameters.AddWithValue("expires", invite.ExpiresAtUtc);
            command.ExecuteNonQuery();
        });
        return invite;
    }

    /// <summary>Uses the code. Returns the invite, or the reason it cannot be used.</summary>
    public (Invite? Invite, InviteProblem Problem) Redeem(string code, string personId) => _db.InTransaction(() =>
    {
        var key = code.Trim().ToUpperInvariant();
        var now = _time.GetUtcNow().UtcDateTime;
        using (var claim = _db.Command($"""
            UPDATE invites SET used_by = @person, used_at = @now
            WHERE code = @code AND used_by IS NULL AND expires_at > @now
            RETURNING {Columns}
            """))
        {
            claim.Parameters.AddWithValue("person", personId);
            claim.Parameters.AddWithValue("now", NpgsqlDbType.TimestampTz, now);
            claim.Parameters.AddWithValue("code", key);
            if (Read(claim) is { } claimed)
            {
                return (claimed, InviteProblem.None);
            }
        }

        using var find = _db.Command($"SELECT {Columns} FROM invites WHERE code = @code");
        find.Parameters.AddWithValue("code", key);
        return Read(find) switch
        {
            null => ((Invite?)null, InviteProblem.Unknown),
            { UsedBy: not null } => (null, InviteProblem.Used),
            _ => (null, InviteProblem.Expired),
        };
    });

    private static Invite? Read(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new Invite
        {
            Code = reader.GetString(0),
            CommunityId = reader.GetString(1),
            Role = (Role)reader.GetInt32(2),
            CreatedBy = reader.GetString(3),
            ExpiresAtUtc = DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc),
            UsedBy = reader.IsDBNull(5) ? null : reader.GetString(5),
            UsedAtUtc = reader.IsDBNull(6) ? null : DateTime.SpecifyKind(reader.GetDateTime(6), DateTimeKind.Utc),
        };
    }
}
