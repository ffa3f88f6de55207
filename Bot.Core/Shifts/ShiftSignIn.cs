namespace Bot.Core.Shifts;

/// <summary>A cadre's sign-in to a rostered shift.</summary>
internal sealed class ShiftSignIn
{
    private DateTime? _locationAtUtc;
    private DateTime _atUtc;

    public DateTime AtUtc
    {
        get => _atUtc;
        set => _atUtc = UtcTime.Of(value);
    }

    /// <summary>Minutes after the shift start, when signed in later than the grace period; otherwise 0.</summary>
    public int LateMinutes { get; set; }

    public LocationProof Proof { get; set; }

    public double? DistanceMeters { get; set; }

    public DateTime? LocationAtUtc
    {
        get => _locationAtUtc;
        set => _locationAtUtc = UtcTime.Of(value);
    }
}
