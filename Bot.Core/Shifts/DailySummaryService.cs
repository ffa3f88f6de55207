using System.Text;
using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Core.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary>
/// The daily summary to each secretary at <see cref="ShiftsOptions.SummaryTime"/>: sign-ins, late, missed, uncovered hours,
/// handovers, plus the lines of every <see cref="IDailySummaryContributor"/>. Sent once per secretary and day (dedupe key).
/// </summary>
internal sealed class DailySummaryService(IUnitOfWork db, IShiftStore store, IPeopleStore people, Messenger messenger, BotClock clock,
    IEnumerable<IDailySummaryContributor> contributors, IOptions<ShiftsOptions> options, ILogger<DailySummaryService> logger,
    ICommunityStore communities)
{
    /// <summary>Sends today's summaries if the summary time has passed (a no-op when they went out already). Returns how many were enqueued.</summary>
    public int RunDue()
    {
        var local = clock.LocalNow;
        var today = DateOnly.FromDateTime(local.DateTime);
        return local.TimeOfDay >= options.Value.SummaryTime ? SendFor(today) : 0;
    }

    /// <summary>Sends the summary of <paramref name="date"/> to every secretary of every community with points.</summary>
    public int SendFor(DateOnly date) => db.InTransaction(() =>
    {
        var sent = 0;
        foreach (var community in communities.Communities())
        {
            if (store.Points(community.Id).Count == 0)
            {
                continue;
            }

            foreach (var secretary in people.InCommunity(community.Id).Where(p => p.Role == Role.Secretary))
            {
                var text = Compose(community.Id, date, secretary.Language);
                if (messenger.ToPerson(secretary, text, priority: MessagePriority.Bulk, dedupeKey: $"summary:{community.Id}:{ShiftFormat.Date(date)}:{secretary.Id}"))
                {
                    sent++;
                }
            }
        }

        if (sent > 0)
        {
            logger.LogInformation("Daily summary of {Date} sent to {Count} secretaries", date, sent);
        }

        return sent;
    });

    /// <summary>The summary text of one community and date, in <paramref name="language"/>.</summary>
    public string Compose(string communityId, DateOnly date, Language language)
    {
        var day = ShiftFormat.Date(date);
        var f = DailyFigures.Of(store.Between(day, day, communityId), clock.UtcNow.UtcDateTime);
        var sb = new StringBuilder(ShiftsTexts.SummaryHeader.Format(language, communityId, day));
        sb.Append('\n').Append(ShiftsTexts.SummaryFigures.Format(language, f.Shifts, f.SignedIn, f.Late, f.Missed,
            Durations.Format(f.Uncovered, language), f.HandedOver));
        var separator = ShiftsTexts.ListSeparator.Get(language);
        if (f.LateEntries.Count > 0)
        {
            var late = f.LateEntries.Select(e => ShiftsTexts.SummaryLateItem.Format(language, e.CadreName, e.PointName,
                Durations.FromMinutes(e.SignIn!.LateMinutes, language)));
            sb.Append('\n').Append(ShiftsTexts.SummaryLate.Format(language, string.Join(separator, late)));
        }

        if (f.MissedEntries.Count > 0)
        {
            var missed = f.MissedEntries.Select(e => ShiftsTexts.SummaryMissedItem.Format(language, e.CadreName, e.PointName, e.Shift));
            sb.Append('\n').Append(ShiftsTexts.SummaryMissed.Format(language, string.Join(separator, missed)));
        }

        if (f.Substitutions > 0)
        {
            sb.Append('\n').Append(ShiftsTexts.SummarySubstitutions.Format(language, f.Substitutions));
        }

        foreach (var line in contributors.SelectMany(c => c.Lines(communityId, date, language)))
        {
            sb.Append('\n').Append(line);
        }

        return sb.ToString();
    }
}
