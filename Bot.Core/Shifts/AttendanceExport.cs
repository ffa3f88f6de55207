using Bot.Core.Configuration;
using Bot.Core.Exports;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>The attendance record (纪实手册): one row per rostered shift, as CSV (UTF-8 with BOM) and .xlsx.</summary>
internal sealed class AttendanceExport(IShiftStore store, BotClock clock)
{
    /// <summary>The rows of shifts dated within [from, to], of one community or (null) all.</summary>
    public (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows) Table(DateOnly from, DateOnly to, string? communityId, Language language)
    {
        var header = ShiftsTexts.ExportColumns.Get(language).Split('|');
        var now = clock.UtcNow.UtcDateTime;
        var kinds = new Dictionary<string, string>();
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var e in store.Between(ShiftFormat.Date(from), ShiftFormat.Date(to), communityId))
        {
            if (!kinds.TryGetValue(e.PointId, out var kind))
            {
                kind = store.Point(e.PointId) is { } p ? PostKinds.Name(p.Kind).Get(language) : "";
                kinds[e.PointId] = kind;
            }

            rows.Add(
            [
                e.CadreName,
                e.CommunityId,
                e.PointName,
                kind,
                e.Date,
                e.Shift,
                e.SignIn is { } s ? ShiftFormat.DateTime(clock, s.AtUtc) : "",
                e.SignIn?.LateMinutes ?? 0,
                Proof(e.SignIn, language),
                e.IsHandedOver,
                e.Handover?.CountsText ?? "",
                e.Hours,
                Notes(e, now, language),
            ]);
        }

        return (header, rows);
    }

    public (byte[] Csv, byte[] Xlsx) Files(DateOnly from, DateOnly to, string? communityId, Language language)
    {
        var (header, rows) = Table(from, to, communityId, language);
        return (TableExport.ToCsv(header, rows), TableExport.ToXlsx(header, rows, "attendance"));
    }

    public static string FileName(DateOnly from, DateOnly to, string extension) =>
        $"attendance-{ShiftFormat.Date(from)}-{ShiftFormat.Date(to)}.{extension}";

    private static string Proof(ShiftSignIn? signIn, Language language) => signIn?.Proof switch
    {
        LocationProof.Inside => ShiftsTexts.ProofInside.Format(language, signIn.DistanceMeters),
        LocationProof.Outside => ShiftsTexts.ProofOutside.Format(language, signIn.DistanceMeters),
        LocationProof.Unchecked => ShiftsTexts.ProofUnchecked.Get(language),
        _ => ShiftsTexts.ProofNone.Get(language),
    };

    private static string Notes(RosterEntry e, DateTime now, Language language)
    {
        var notes = new List<string>();
        if (e.Substitution)
        {
            notes.Add(ShiftsTexts.NoteSubstitution.Get(language));
        }

        if (!e.IsSignedIn && e.StartUtc < now)
        {
            notes.Add(ShiftsTexts.NoteNoSignIn.Get(language));
        }

        if (e.HandoverMissed || (e.IsSignedIn && !e.IsHandedOver && e.EndUtc < now))
        {
            notes.Add(ShiftsTexts.NoteNoHandover.Get(language));
        }

        if (e.Handover?.TakenOverByName is { } by)
        {
            notes.Add(ShiftsTexts.NoteTakenOver.Format(language, by));
        }

        return string.Join(ShiftsTexts.StatusPartSeparator.Get(language), notes);
    }
}
