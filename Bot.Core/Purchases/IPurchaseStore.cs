namespace Bot.Core.Purchases;

/// <summary>
/// Purchase requests (collection "purchases"). Writes made inside the storage kernel's transaction
/// (<see cref="Storage.IUnitOfWork"/>) belong to it: a rollback discards them.
/// </summary>
internal interface IPurchaseStore
{
    /// <summary>
    /// Stores a new request with version 1 and gives it its number (<see cref="PurchaseRequest.Id"/>, the #12 users
    /// see): numbers are unique and increase with each request added.
    /// </summary>
    PurchaseRequest Add(PurchaseRequest request);

    /// <summary>The stored request, or null.</summary>
    PurchaseRequest? Get(int id);

    /// <summary>
    /// Saves <paramref name="request"/> only if the stored one still has <paramref name="expectedVersion"/>, and then
    /// sets its version to <paramref name="expectedVersion"/> + 1. Of several changes made from the same version (on
    /// any host), exactly one is saved; this is what makes 接单 first-claim-wins.
    /// </summary>
    bool TryReplace(PurchaseRequest request, int expectedVersion);

    /// <summary>The requests of a community, oldest (lowest number) first.</summary>
    IReadOnlyList<PurchaseRequest> OfCommunity(string communityId);

    /// <summary>The requests a resident made, newest (highest number) first.</summary>
    IReadOnlyList<PurchaseRequest> OfResident(string personId);

    /// <summary>The requests a cadre claimed, oldest (lowest number) first.</summary>
    IReadOnlyList<PurchaseRequest> OfClaimer(string personId);

    /// <summary>The requests of a household key, oldest (lowest number) first.</summary>
    IReadOnlyList<PurchaseRequest> OfHousehold(string householdKey);

    /// <summary>The requests with the given status, oldest (lowest number) first.</summary>
    IReadOnlyList<PurchaseRequest> WithStatus(PurchaseStatus status);
}
