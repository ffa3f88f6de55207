namespace Bot.Core.People;

/// <summary>People, found by channel account, name or id; a save signals <see cref="PersonSaved"/> on commit.</summary>
public interface IPeopleStore
{
    Person? FindByIdentity(string channel, string userId);

    Person? Get(string id);

    /// <summary>Staff first when several people share the name.</summary>
    Person? FindByName(string name, string? communityId = null);

    IReadOnlyList<Person> WithTelegramUsername(string username);

    Person? FindByTelegramUserId(string userId);

    Person? FindByWeComUserId(string userId);

    /// <summary>Inserts or replaces; gives the person a new id when it has none.</summary>
    void Save(Person person);

    IReadOnlyList<Person> InCommunity(string communityId);

    IReadOnlyList<Person> All();

    int Count();
}
