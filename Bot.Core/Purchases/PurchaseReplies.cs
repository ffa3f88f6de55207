using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// How one lifecycle command answers when its operation did not happen; what the commands share (not found, not the
/// state's refusal with its status name) is said by <see cref="PurchaseStep"/>, these are the command's own words.
/// </summary>
internal sealed record PurchaseReplies
{
    /// <summary>The operation is not allowed in the request's state: <c>{0}</c> the number, <c>{1}</c> the status name.</summary>
    public required Text Refused { get; init; }

    /// <summary>The operation belongs to someone else (the claimer, the resident); null when it belongs to no one.</summary>
    public Text? NotYours { get; init; }

    /// <summary>Said instead of <see cref="Refused"/> when the request was withdrawn; null: <see cref="Refused"/> says it.</summary>
    public Text? Withdrawn { get; init; }

    /// <summary>Said instead of <see cref="Refused"/> when someone has taken the request: <c>{1}</c> their name.</summary>
    public Text? TakenBy { get; init; }
}
