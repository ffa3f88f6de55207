namespace Bot.Core.Purchases;

/// <summary>
/// Purchase profiles (what a resident gave last time, "purchase_profiles") and priority households
/// ("purchase_priority"). Writes made inside the storage kernel's transaction belong to it.
/// </summary>
internal interface IPurchaseHouseholdStore
{
    /// <summary>The key the quota and priority flags use for a household of a community.</summary>
    static string KeyOf(string communityId, HouseholdAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return $"{communityId}|{address.Key}";
    }

    /// <summary>The resident's profile, or null.</summary>
    PurchaseProfile? Profile(string personId);

    /// <summary>Stores the profile, replacing one with the same id.</summary>
    void SaveProfile(PurchaseProfile profile);

    /// <summary>Whether the household key is flagged as priority.</summary>
    bool IsPriority(string householdKey);

    /// <summary>Flags a household, replacing a flag with the same key.</summary>
    void Flag(PriorityHousehold household);

    /// <summary>Removes the flag; false when there was none.</summary>
    bool Unflag(string householdKey);

    /// <summary>The flagged households of a community, ordered by key (ordinal).</summary>
    IReadOnlyList<PriorityHousehold> Priorities(string communityId);

    /// <summary>The keys of the flagged households of a community (ordinal comparer).</summary>
    HashSet<string> PriorityKeys(string communityId);
}
