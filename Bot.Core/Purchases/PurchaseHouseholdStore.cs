using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Purchases;

/// <summary>What residents gave last time, and the households the secretary flagged as priority.</summary>
internal sealed class PurchaseHouseholdStore : IPurchaseHouseholdStore
{
    private readonly ILiteCollection<PurchaseProfile> _profiles;
    private readonly ILiteCollection<PriorityHousehold> _priority;

    public PurchaseHouseholdStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _profiles = db.Collection<PurchaseProfile>("purchase_profiles");
        _priority = db.Collection<PriorityHousehold>("purchase_priority");
        _priority.EnsureIndex(x => x.CommunityId);
    }

    public PurchaseProfile? Profile(string personId) => _profiles.FindOne(Expressions.ById(personId));

    public void SaveProfile(PurchaseProfile profile) => _profiles.Upsert(profile);

    public PriorityHousehold? Priority(string householdKey) => _priority.FindOne(Expressions.ById(householdKey));

    public bool IsPriority(string householdKey) => _priority.FindOne(Expressions.ById(householdKey)) is not null;

    public void Flag(PriorityHousehold household) => _priority.Upsert(household);

    public bool Unflag(string householdKey) => _priority.Delete(householdKey);

    public IReadOnlyList<PriorityHousehold> Priorities(string communityId) =>
        _priority.Find(Expressions.Of("$.CommunityId = @0", communityId)).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    public HashSet<string> PriorityKeys(string communityId) =>
        Priorities(communityId).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
}
