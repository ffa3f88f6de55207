namespace Bot.Core.Shifts;

/// <summary>What a shared location said about a sign-in.</summary>
internal enum LocationProof
{
    /// <summary>No location was shared.</summary>
    None = 0,

    /// <summary>Shared within the point's radius.</summary>
    Inside = 1,

    /// <summary>Shared outside the radius: accepted, flagged.</summary>
    Outside = 2,

    /// <summary>Shared, but the point has no coordinates to compare with.</summary>
    Unchecked = 3,
}
