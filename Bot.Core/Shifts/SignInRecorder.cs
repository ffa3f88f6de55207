using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary>Records a sign-in (and its location proof) and writes the reply: lateness, proof, the previous handover note.</summary>
internal sealed class SignInRecorder(IShiftStore store, IPeopleStore people, Messenger messenger, BotClock clock, IOptions<ShiftsOptions> options)
{
    private readonly ShiftsOptions _options = options.Value;

    public void SignIn(CommandContext context, RosterEntry entry, SignInLocationFlow flow)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(flow);
        var now = context.Now.UtcDateTime;
        entry.MarkSignedIn(now, _options.LateAfter);
        var lines = new List<string>
        {
            context.T(entry.Substitution ? ShiftsTexts.SignedInSubstitute : ShiftsTexts.SignedIn, entry.PointName, entry.Shift, ShiftFormat.Time(clock, now)),
        };
        if (entry.SignIn!.LateMinutes > 0)
        {
            lines.Add(context.T(ShiftsTexts.SignedInLate, Durations.FromMinutes(entry.SignIn.LateMinutes, context.Language)));
        }

        if (context.Message.Location is { } location)
        {
            lines.Add(AttachLocation(context, entry, location));
        }
        else
        {
            lines.Add(context.T(ShiftsTexts.SendLocation, Durations.Format(_options.LocationWindow, context.Language)));
            var state = context.StartConversation(flow, SignInLocationFlow.WaitingStep);
            state.Data["entry"] = entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Advance(state, SignInLocationFlow.WaitingStep);
        }

        store.Update(entry);
        List<IReadOnlyList<Button>>? buttons = null;
        var previous = store.PreviousAt(entry);
        if (previous?.Handover is { } h)
        {
            lines.Add(context.T(ShiftsTexts.PreviousNote, previous.CadreName, ShiftFormat.Time(clock, h.AtUtc), h.Note.Length > 0 ? h.Note : "—"));
            if (h.TakenOverById is null && previous.CadreId != entry.CadreId && ShiftFormat.Button(context.T(ShiftsTexts.TakeOverButton), $"/takeover {previous.Id}") is { } b)
            {
                buttons = [[b]];
            }
        }
        else if (previous is not null)
        {
            lines.Add(context.T(ShiftsTexts.PreviousNoNote, previous.CadreName, previous.Shift));
        }

        context.Reply(string.Join('\n', lines), buttons);
        if (entry.Substitution)
        {
            NotifySecretaries(entry);
        }
    }

    /// <summary>Attaches a shared location to the sign-in; returns the line telling the cadre what it proved.</summary>
    public string AttachLocation(CommandContext context, RosterEntry entry, GeoPoint location)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entry);
        var point = store.Point(entry.PointId);
        var (proof, distance) = ShiftLocation.Check(point, location, _options.DefaultRadiusMeters);
        entry.AttachLocation(proof, distance, context.Now.UtcDateTime);
        return proof switch
        {
            LocationProof.Inside => context.T(ShiftsTexts.LocationInside, entry.PointName, distance),
            LocationProof.Outside => context.T(ShiftsTexts.LocationOutside, entry.PointName, distance, point?.RadiusMeters ?? _options.DefaultRadiusMeters),
            _ => context.T(ShiftsTexts.LocationUnchecked, entry.PointName),
        };
    }

    private void NotifySecretaries(RosterEntry entry)
    {
        var absent = entry.CoversEntryId is { } id ? store.Entry(id)?.CadreName ?? "—" : "—";
        foreach (var s in people.InCommunity(entry.CommunityId).Where(p => p.Role == Role.Secretary))
        {
            messenger.ToPerson(s, ShiftsTexts.SubstitutionAlert.Format(s.Language, entry.CadreName, entry.PointName, entry.Shift, absent),
                dedupeKey: $"shift:{entry.Id}:substitution:{s.Id}");
        }
    }
}
