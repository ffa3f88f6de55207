namespace Bot.Core.People;

/// <summary>What a person may do. Deny by default: a command lists the roles it allows.</summary>
public enum Role
{
    Resident = 0,
    Cadre = 1,
    Secretary = 2,
    Admin = 3,
}
