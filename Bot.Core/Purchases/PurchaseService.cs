using Bot.Core.People;
using Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Core.Purchases;

/// <summary>
/// The request lifecycle: each operation loads the request, applies the named guarded change and saves it with a
/// compare-and-swap, then tells the people concerned. Synchronous, so it runs inside the message's transaction.
/// </summary>
internal sealed class PurchaseService(IPurchaseStore store, IPurchaseHouseholdStore households, PurchaseNotifier notifier,
    IUnitOfWork db, TimeProvider time, IOptions<PurchasesOptions> options)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Stores a finished conversation as a new request, remembers the address and phone, posts it to the groups.</summary>
    public PurchaseRequest Submit(Person resident, string items, PurchaseCategory category, HouseholdAddress address,
        string? phone, string timeWindow)
    {
        ArgumentNullException.ThrowIfNull(resident);
        ArgumentNullException.ThrowIfNull(address);
        var now = Now;
        var request = store.Add(new PurchaseRequest
        {
            CommunityId = resident.CommunityId,
            ResidentId = resident.Id,
            ResidentName = resident.Name,
            Items = items,
            Category = category,
            Address = address,
            HouseholdKey = IPurchaseHouseholdStore.KeyOf(resident.CommunityId, address),
            Phone = phone,
            TimeWindow = timeWindow,
            Status = PurchaseStatus.New,
            CreatedAtUtc = now,
            PooledAtUtc = now,
        });
        households.SaveProfile(new PurchaseProfile { Id = resident.Id, Address = address, Phone = phone });
        notifier.Posted(request);
        return request;
    }

    public PurchaseResult Claim(int id, Person claimer)
    {
        ArgumentNullException.ThrowIfNull(claimer);
        return ApplyAndTell(id, r => r.Claim(claimer, Now), notifier.Claimed);
    }

    public PurchaseResult Release(int id, Person claimer, string reason)
    {
        ArgumentNullException.ThrowIfNull(claimer);
        var result = Apply(id, r => r.Release(claimer.Id, reason, Now));
        if (result.Done)
        {
            notifier.Released(result.Request!, reason);
        }

        return result;
    }

    public PurchaseResult MarkBought(int id, Person claimer, decimal? amount)
    {
        ArgumentNullException.ThrowIfNull(claimer);
        return ApplyAndTell(id, r => r.MarkBought(claimer.Id, amount, Now), notifier.Bought);
    }

    public PurchaseResult MarkDelivered(int id, Person claimer, decimal? amount = null)
    {
        ArgumentNullException.ThrowIfNull(claimer);
        return ApplyAndTell(id, r => r.MarkDelivered(claimer.Id, Now, amount), notifier.Delivered);
    }

    /// <summary>Attaches the claimer's receipt or delivery photo and forwards it to the resident privately.</summary>
    public PurchaseResult AttachPhoto(int id, Person claimer, PurchasePhotoKind kind, string channel, string photoRef)
    {
        ArgumentNullException.ThrowIfNull(claimer);
        var photo = new PurchasePhoto { Channel = channel, Ref = photoRef, AtUtc = Now };
        return ApplyAndTell(id,
            r => kind == PurchasePhotoKind.Receipt ? r.AttachReceiptPhoto(claimer.Id, photo) : r.AttachDeliveryPhoto(claimer.Id, photo),
            r => notifier.PhotoAttached(r, kind));
    }

    public PurchaseResult Confirm(int id, Person resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        return ApplyAndTell(id, r => r.Confirm(resident.Id, Now), notifier.Confirmed);
    }

    public PurchaseResult Cancel(int id, Person resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        string? claimer = null;
        var result = Apply(id, r =>
        {
            claimer = r.ClaimerId;
            return r.Cancel(resident.Id, Now);
        });
        if (result.Done)
        {
            notifier.Cancelled(result.Request!, claimer);
        }

        return result;
    }

    /// <summary>Closes every delivery left unconfirmed for <see cref="PurchasesOptions.AutoCloseAfter"/>; returns how many.</summary>
    public int AutoCloseDue()
    {
        var after = options.Value.AutoCloseAfter;
        var closed = 0;
        foreach (var due in store.WithStatus(PurchaseStatus.Delivered))
        {
            var result = db.InTransaction(() =>
            {
                var r = Apply(due.Id, x => x.AutoClose(Now, after));
                if (r.Done)
                {
                    notifier.AutoClosed(r.Request!, after);
                }

                return r;
            });
            closed += result.Done ? 1 : 0;
        }

        return closed;
    }

    /// <summary>Applies the change and, when it happened, tells the people concerned.</summary>
    private PurchaseResult ApplyAndTell(int id, Func<PurchaseRequest, PurchaseOutcome> operation, Action<PurchaseRequest> tell)
    {
        var result = Apply(id, operation);
        if (result.Done)
        {
            tell(result.Request!);
        }

        return result;
    }

    /// <summary>
    /// Applies <paramref name="operation"/> and saves it if nobody changed the request meanwhile; otherwise applies it
    /// again to the request as it is now (the guard then decides, e.g. "already claimed").
    /// </summary>
    private PurchaseResult Apply(int id, Func<PurchaseRequest, PurchaseOutcome> operation) => db.InTransaction(() =>
    {
        // After a lost race the second attempt sees the winner's change: on LiteDB the transaction now holds the
        // collection's write lock; on PostgreSQL the failed conditional UPDATE waited for the winner's commit, and each
        // statement of a read-committed transaction reads what is committed when it starts.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var request = store.Get(id);
            if (request is null)
            {
                return new PurchaseResult(PurchaseOutcome.NotFound, null);
            }

            var version = request.Version;
            var outcome = operation(request);
            if (outcome != PurchaseOutcome.Done)
            {
                return new PurchaseResult(outcome, request);
            }

            if (store.TryReplace(request, version))
            {
                return new PurchaseResult(PurchaseOutcome.Done, request);
            }
        }

        throw new InvalidOperationException($"Purchase #{id} kept changing while it was being saved.");
    });
}
