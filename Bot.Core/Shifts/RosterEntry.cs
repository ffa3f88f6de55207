namespace Bot.Core.Shifts;

/// <summary>
/// One cadre on one point for one shift (a roster line), with what happened: sign-in, handover, take-over.
/// State changes go through the methods named for them, each guarded by the current state.
/// </summary>
internal sealed class RosterEntry
{
    private DateTime _createdAtUtc;
    private DateTime _endUtc;
    private DateTime _startUtc;

    public long Id { get; set; }

    public string CommunityId { get; set; } = "";

    public string PointId { get; set; } = "";

    public string PointName { get; set; } = "";

    public string CadreId { get; set; } = "";

    public string CadreName { get; set; } = "";

    /// <summary>Local date of the shift start, yyyy-MM-dd (sorts as text).</summary>
    public string Date { get; set; } = "";

    /// <summary>The shift, as 08:00-16:00 in Bot:TimeZone.</summary>
    public string Shift { get; set; } = "";

    public DateTime StartUtc
    {
        get => _startUtc;
        set => _startUtc = UtcTime.Of(value);
    }

    public DateTime EndUtc
    {
        get => _endUtc;
        set => _endUtc = UtcTime.Of(value);
    }

    public bool Cancelled { get; set; }

    public DateTime CreatedAtUtc
    {
        get => _createdAtUtc;
        set => _createdAtUtc = UtcTime.Of(value);
    }

    /// <summary>A cadre who signed in on an uncovered point without being rostered: flagged for the secretary.</summary>
    public bool Substitution { get; set; }

    /// <summary>The absent cadre's entry a substitution covers.</summary>
    public long? CoversEntryId { get; set; }

    public ShiftSignIn? SignIn { get; set; }

    public ShiftHandover? Handover { get; set; }

    /// <summary>Recorded once the handover deadline passed with nobody handing over.</summary>
    public bool HandoverMissed { get; set; }

    /// <summary>The outgoing entry whose handover this cadre confirmed with 接班.</summary>
    public long? TookOverFromId { get; set; }

    public bool IsSignedIn => SignIn is not null;

    public bool IsHandedOver => Handover is not null;

    /// <summary>On duty now: signed in and not yet handed over.</summary>
    public bool IsOnDuty(DateTime nowUtc) => SignIn is not null && Handover is null && nowUtc < EndUtc && !Cancelled;

    public bool IsRunning(DateTime nowUtc) => !Cancelled && StartUtc <= nowUtc && nowUtc < EndUtc;

    public void MarkSignedIn(DateTime atUtc, TimeSpan lateAfter)
    {
        if (Cancelled || SignIn is not null)
        {
            throw new InvalidOperationException($"Roster entry {Id} cannot be signed in twice or after cancelling.");
        }

        var late = atUtc - StartUtc;
        SignIn = new ShiftSignIn { AtUtc = atUtc, LateMinutes = late > lateAfter ? (int)Math.Floor(late.TotalMinutes) : 0 };
    }

    public void AttachLocation(LocationProof proof, double? distanceMeters, DateTime atUtc)
    {
        if (SignIn is null)
        {
            throw new InvalidOperationException($"Roster entry {Id} has no sign-in to attach a location to.");
        }

        SignIn.Proof = proof;
        SignIn.DistanceMeters = distanceMeters;
        SignIn.LocationAtUtc = atUtc;
    }

    public void HandOver(string note, DateTime atUtc)
    {
        if (SignIn is null || Handover is not null)
        {
            throw new InvalidOperationException($"Roster entry {Id} is not signed in or already handed over.");
        }

        Handover = new ShiftHandover { AtUtc = atUtc, Note = note, Counts = HandoverCount.Parse(Messaging.InputNormalizer.Normalize(note)) };
        HandoverMissed = false;
    }

    public void ConfirmTakeOver(string personId, string personName, DateTime atUtc)
    {
        if (Handover is null || Handover.TakenOverById is not null)
        {
            throw new InvalidOperationException($"Roster entry {Id} has no open handover.");
        }

        Handover.TakenOverById = personId;
        Handover.TakenOverByName = personName;
        Handover.TakenOverAtUtc = atUtc;
    }

    public void MarkHandoverMissed()
    {
        if (Handover is null)
        {
            HandoverMissed = true;
        }
    }

    public void Cancel() => Cancelled = true;

    /// <summary>Hours on duty: from sign-in (or the start, if earlier) to handover (or the shift end), one decimal.</summary>
    public double Hours
    {
        get
        {
            if (SignIn is null)
            {
                return 0;
            }

            var until = Handover is { } h && h.AtUtc < EndUtc ? h.AtUtc : EndUtc;
            var from = SignIn.AtUtc > StartUtc ? SignIn.AtUtc : StartUtc;
            var span = until - from;
            return span <= TimeSpan.Zero ? 0 : Math.Round(span.TotalHours, 1);
        }
    }
}
