using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Purchases;

/// <summary>Purchase requests in LiteDB. Changes are saved with a compare-and-swap on <see cref="PurchaseRequest.Version"/>.</summary>
internal sealed class PurchaseStore : IPurchaseStore
{
    private readonly BotDatabase _db;
    private readonly ILiteCollection<PurchaseRequest> _items;

    public PurchaseStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _items = db.Collection<PurchaseRequest>("purchases");
        _items.EnsureIndex(x => x.CommunityId);
        _items.EnsureIndex(x => x.ResidentId);
        _items.EnsureIndex(x => x.ClaimerId);
        _items.EnsureIndex(x => x.HouseholdKey);
        _items.EnsureIndex(x => x.Status);
    }

    /// <summary>Stores a new request and gives it its number.</summary>
    public PurchaseRequest Add(PurchaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Id = 0;
        request.Version = 1;
        _items.Insert(request);
        return request;
    }

    public PurchaseRequest? Get(int id) => _items.FindOne(Expressions.ById(id));

    /// <summary>
    /// Saves <paramref name="request"/> only if the stored one still has <paramref name="expectedVersion"/>. The
    /// conditional update runs under the collection's write lock, which the transaction then holds until it commits,
    /// so of several changes made from the same version exactly one is saved.
    /// </summary>
    public bool TryReplace(PurchaseRequest request, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _db.InTransaction(() =>
        {
            var changed = _items.UpdateMany(
                Expressions.Of("{ Version: $.Version + 1 }"),
                Expressions.Of("$._id = @0 AND $.Version = @1", request.Id, expectedVersion));
            if (changed == 0)
            {
                return false;
            }

            request.Version = expectedVersion + 1;
            _items.Update(request);
            return true;
        });
    }

    public IReadOnlyList<PurchaseRequest> OfCommunity(string communityId) =>
        _items.Find(Expressions.Of("$.CommunityId = @0", communityId)).OrderBy(r => r.Id).ToList();

    public IReadOnlyList<PurchaseRequest> OfResident(string personId) =>
        _items.Find(Expressions.Of("$.ResidentId = @0", personId)).OrderByDescending(r => r.Id).ToList();

    public IReadOnlyList<PurchaseRequest> OfClaimer(string personId) =>
        _items.Find(Expressions.Of("$.ClaimerId = @0", personId)).OrderBy(r => r.Id).ToList();

    public IReadOnlyList<PurchaseRequest> OfHousehold(string householdKey) =>
        _items.Find(Expressions.Of("$.HouseholdKey = @0", householdKey)).OrderBy(r => r.Id).ToList();

    public IReadOnlyList<PurchaseRequest> WithStatus(PurchaseStatus status) =>
        _items.Find(Expressions.Of("$.Status = @0", status.ToString())).OrderBy(r => r.Id).ToList();
}
