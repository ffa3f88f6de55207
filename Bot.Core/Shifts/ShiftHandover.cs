namespace Bot.Core.Shifts;

/// <summary>The end of a shift: the outgoing cadre's note and counts, and who took over.</summary>
internal sealed class ShiftHandover
{
    private DateTime? _takenOverAtUtc;
    private DateTime _atUtc;

    public DateTime AtUtc
    {
        get => _atUtc;
        set => _atUtc = UtcTime.Of(value);
    }

    public string Note { get; set; } = "";

    /// <summary>Counts read from the note (登记12 测温30 异常0 → 登记=12, 测温=30, 异常=0), in the order written.</summary>
    public List<HandoverCount> Counts { get; set; } = [];

    public string? TakenOverById { get; set; }

    public string? TakenOverByName { get; set; }

    public DateTime? TakenOverAtUtc
    {
        get => _takenOverAtUtc;
        set => _takenOverAtUtc = UtcTime.Of(value);
    }

    public string CountsText => string.Join(' ', Counts.Select(c => $"{c.Label}{c.Value}"));
}
