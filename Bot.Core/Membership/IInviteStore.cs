using Bot.Core.People;

namespace Bot.Core.Membership;

/// <summary>Invite codes: single use (the first redeem wins), with an expiry.</summary>
public interface IInviteStore
{
    Invite Create(string communityId, Role role, string createdBy, TimeSpan validFor);

    (Invite? Invite, InviteProblem Problem) Redeem(string code, string personId);
}
