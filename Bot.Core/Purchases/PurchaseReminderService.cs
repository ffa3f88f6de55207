using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// Brings up requests nobody has taken: after <see cref="PurchasesOptions.GroupReminderAfter"/> in the cadre groups, after
/// <see cref="PurchasesOptions.SecretaryReminderAfter"/> to the community's secretaries; and closes unconfirmed
/// deliveries. Called by a Quartz job; every reminder has a dedupe key, so running it often sends each reminder once.
/// </summary>
internal sealed class PurchaseReminderService(IPurchaseStore store, PurchaseService service, PurchaseNotifier notifier,
    IPeopleStore people, Messenger messenger, IUnitOfWork db, TimeProvider time, IOptions<PurchasesOptions> options)
{
    private readonly PurchasesOptions _options = options.Value;

    /// <summary>Sends the reminders that are due and auto-closes old deliveries; returns how many messages were enqueued.</summary>
    public int Run()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var sent = 0;
        foreach (var waiting in store.WithStatus(PurchaseStatus.New).OrderBy(r => r.PooledAtUtc))
        {
            sent += db.InTransaction(() =>
            {
                // Read again inside the transaction: a volunteer may have taken it a moment ago.
                var r = store.Get(waiting.Id);
                return r is { Status: PurchaseStatus.New } ? Remind(r, now - r.PooledAtUtc) : 0;
            });
        }

        service.AutoCloseDue();
        return sent;
    }

    private int Remind(PurchaseRequest r, TimeSpan waited)
    {
        var sent = 0;
        if (waited >= _options.GroupReminderAfter)
        {
            var text = PurchasesTexts.ReminderGroup.Format(Language.ZhHans, notifier.PublicLine(r), PurchaseViews.Duration(waited, Language.ZhHans));
            sent += notifier.ToGroups(r, text, PurchaseNotifier.ClaimButton(r), MessagePriority.Bulk,
                g => $"purchase:{r.Id}:{r.PoolRound}:remind-group:{g.Id}");
        }

        if (waited >= _options.SecretaryReminderAfter)
        {
            foreach (var secretary in people.InCommunity(r.CommunityId).Where(p => p.Role == Role.Secretary))
            {
                var lang = secretary.Language;
                var text = PurchasesTexts.ReminderSecretary.Format(lang, r.Id, PurchaseViews.Duration(waited, lang), notifier.PublicLine(r, lang));
                if (messenger.ToPerson(secretary, text, PurchaseNotifier.ClaimButton(r, lang), MessagePriority.Bulk,
                    $"purchase:{r.Id}:{r.PoolRound}:remind-secretary:{secretary.Id}"))
                {
                    sent++;
                }
            }
        }

        return sent;
    }
}
