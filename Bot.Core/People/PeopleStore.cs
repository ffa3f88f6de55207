using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.People;

/// <summary>
/// People in LiteDB, found by channel account, name or id. Communities and group chats are in <see cref="CommunityStore"/>.
/// A save signals <see cref="PersonSaved"/>.
/// </summary>
public sealed class PeopleStore : IPeopleStore
{
    private readonly ILiteCollection<Person> _people;
    private readonly BotDatabase _db;

    public PeopleStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _people = db.Collection<Person>("people");
        _people.EnsureIndex(x => x.IdentityKeys);
        _people.EnsureIndex(x => x.Name);
        _people.EnsureIndex(x => x.CommunityId);
        _identities = new(LoadIdentities, LazyThreadSafetyMode.PublicationOnly);
        // Every committed save drops the cached copy, whichever store instance made it.
        db.OnCommitted<PersonSaved>(saved => Invalidate(saved.Person.Id));
    }

    /// <summary>
    /// Identity key → person id, loaded once with every stored identity and kept up to date by <see cref="Save"/>, so
    /// that a known sender costs one read by id instead of a multikey index query (~6x as much). Identities are only
    /// ever added, so a mapped id stays right; one saved in a transaction that rolled back finds no person (or the
    /// person without it) and is dropped. A key not in the map is looked up in the data file all the same. (Loaded with
    /// PublicationOnly: a failed load is tried again at the next message rather than remembered as a failure.)
    /// </summary>
    private readonly Lazy<System.Collections.Concurrent.ConcurrentDictionary<string, string>> _identities;

    private System.Collections.Concurrent.ConcurrentDictionary<string, string> LoadIdentities()
    {
        var map = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in _people.Query().Select(x => new { x.Id, x.IdentityKeys }).ToEnumerable())
        {
            foreach (var key in row.IdentityKeys ?? [])
            {
                map[key] = row.Id;
            }
        }

        return map;
    }

    public Person? FindByIdentity(string channel, string userId)
    {
        var key = $"{channel}:{userId}";
        var identities = _identities.Value;
        if (identities.TryGetValue(key, out var id))
        {
            var mapped = ById(id);
            if (mapped is not null && mapped.IdentityKeys.Contains(key))
            {
                return mapped;
            }

            identities.TryRemove(key, out _);
        }

        var person = _people.FindOne(Expressions.Of("$.IdentityKeys[*] ANY = @0", key));
        if (person is not null)
        {
            identities[key] = person.Id;
        }

        return person;
    }

    public Person? Get(string id) => ById(id);

    // People by id, as committed: every message reads its sender, and a person changes rarely. Each caller gets its own
    // copy (handlers change what they read). An entry is dropped when a save of that person begins and again when it
    // commits; a read fills it only if no save began meanwhile (generation) and none is pending in the reader's own
    // transaction (that version may yet be rolled back), so the cache never holds what the data file does not.
    private readonly Lock _cacheGate = new();
    private readonly Dictionary<string, Person> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _generations = new(StringComparer.Ordinal);
    private long _generation;

    [ThreadStatic]
    private static long _savedIn;

    [ThreadStatic]
    private static HashSet<string>? _savedIds;

    /// <summary>Most people a district has; beyond this the cache stops growing (reads still work, uncached).</summary>
    private const int CacheLimit = 100_000;

    private Person? ById(string id)
    {
        long generation;
        lock (_cacheGate)
        {
            if (_cache.TryGetValue(id, out var cached))
            {
                return cached.Copy();
            }

            generation = _generations.GetValueOrDefault(id);
        }

        var person = _people.FindOne(Expressions.ById(id));
        var savedHere = _savedIds is { } saved && _savedIn == _db.CurrentTransaction && saved.Contains(id);
        if (person is not null && !savedHere)
        {
            lock (_cacheGate)
            {
                if (_generations.GetValueOrDefault(id) == generation && _cache.Count < CacheLimit)
                {
                    _cache[id] = person.Copy();
                }
            }
        }

        return person;
    }

    private void Invalidate(string id)
    {
        lock (_cacheGate)
        {
            _cache.Remove(id);
            _generations[id] = ++_generation;
        }
    }

    /// <summary>Staff first: names are how imports, rosters and the console refer to people.</summary>
    public Person? FindByName(string name, string? communityId = null) =>
        _people.Find(Expressions.Of("$.Name = @0", name))
            .Where(p => communityId is null || p.CommunityId == communityId)
            .OrderByDescending(p => p.IsStaff)
            .FirstOrDefault();

    /// <summary>People imported with Telegram @username <paramref name="username"/> (@ optional).</summary>
    public IReadOnlyList<Person> WithTelegramUsername(string username) =>
        _people.Find(Expressions.Of("$.TelegramUsername = @0", username.TrimStart('@'))).ToList();

    /// <summary>The person imported with Telegram user id <paramref name="userId"/>, linked or not.</summary>
    public Person? FindByTelegramUserId(string userId) => _people.FindOne(Expressions.Of("$.TelegramUserId = @0", userId));

    /// <summary>The person imported with WeCom userid <paramref name="userId"/>, linked or not.</summary>
    public Person? FindByWeComUserId(string userId) => _people.FindOne(Expressions.Of("$.WeComUserId = @0", userId));

    public void Save(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (string.IsNullOrEmpty(person.Id))
        {
            person.Id = ObjectId.NewObjectId().ToString();
        }

        Invalidate(person.Id);
        var transaction = _db.CurrentTransaction;
        if (transaction != 0)
        {
            if (_savedIn != transaction || _savedIds is null)
            {
                _savedIds = new HashSet<string>(StringComparer.Ordinal);
                _savedIn = transaction;
            }

            _savedIds.Add(person.Id);
        }

        _people.Upsert(person);
        _db.Signal(new PersonSaved(person.Copy()));
        if (_identities.IsValueCreated)
        {
            foreach (var key in person.IdentityKeys)
            {
                _identities.Value[key] = person.Id;
            }
        }
    }

    public IReadOnlyList<Person> InCommunity(string communityId) =>
        _people.Find(Expressions.Of("$.CommunityId = @0", communityId)).ToList();

    public IReadOnlyList<Person> All() => _people.FindAll().ToList();

    public int Count() => _people.Count();
}
