namespace Bot.Core.Purchases;

/// <summary>The result of a named operation on a <see cref="PurchaseRequest"/>.</summary>
internal enum PurchaseOutcome
{
    Done = 0,

    /// <summary>The request is not in a state that allows the operation (claimed already, bought already…).</summary>
    WrongState = 1,

    /// <summary>The person is not the one the operation belongs to (not the claimer, not the resident).</summary>
    NotYours = 2,

    NotFound = 3,
}
