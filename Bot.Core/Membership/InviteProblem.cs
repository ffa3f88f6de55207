namespace Bot.Core.Membership;

public enum InviteProblem
{
    None = 0,
    Unknown = 1,
    Used = 2,
    Expired = 3,
}
