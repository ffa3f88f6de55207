using System.Text.Json;
using Bot.Core.Storage.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Core.People;

/// <summary>
/// People in PostgreSQL (table <c>people</c>): what is looked up (id, name, community, channel accounts, identity keys)
/// as columns, the whole person as a JSON document. Unlike <see cref="PeopleStore"/> it keeps no cache or identity map:
/// another host may save a person at any time, so every lookup asks the database. A save signals
/// <see cref="PersonSaved"/>, as the LiteDB store does.
/// </summary>
public sealed class PostgresPeopleStore(PostgresDatabase db) : IPeopleStore
{
    private const string Columns = "body";
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public Person? FindByIdentity(string channel, string userId) =>
        One($"SELECT {Columns} FROM people WHERE identity_keys @> ARRAY[@v]::text[] ORDER BY id LIMIT 1", $"{channel}:{userId}");

    public Person? Get(string id) => One($"SELECT {Columns} FROM people WHERE id = @v", id);

    public Person? FindByName(string name, string? communityId = null) => _db.InTransaction(() =>
    {
        using var command = _db.Command($"""
            SELECT {Columns} FROM people WHERE name = @v AND (@community::text IS NULL OR community_id = @community)
            ORDER BY is_staff DESC, id LIMIT 1
            """);
        command.Parameters.AddWithValue("v", name);
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Text) { Value = (object?)communityId ?? DBNull.Value });
        return Read(command).FirstOrDefault();
    });

    public IReadOnlyList<Person> WithTelegramUsername(string username) =>
        Many($"SELECT {Columns} FROM people WHERE telegram_username = @v ORDER BY id", username.TrimStart('@'));

    public Person? FindByTelegramUserId(string userId) =>
        One($"SELECT {Columns} FROM people WHERE telegram_user_id = @v ORDER BY id LIMIT 1", userId);

    public Person? FindByWeComUserId(string userId) =>
        One($"SELECT {Columns} FROM people WHERE wecom_user_id = @v ORDER BY id LIMIT 1", userId);

    public void Save(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (string.IsNullOrEmpty(person.Id))
        {
            person.Id = LiteDB.ObjectId.NewObjectId().ToString();
        }

        _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO people (id, name, community_id, telegram_username, telegram_user_id, wecom_user_id,
                                    identity_keys, is_staff, body)
                VALUES (@id, @name, @community, @tgname, @tgid, @wecom, @keys, @staff, @body)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, community_id = excluded.community_id,
                    telegram_username = excluded.telegram_username, telegram_user_id = excluded.telegram_user_id,
                    wecom_user_id = excluded.wecom_user_id, identity_keys = excluded.identity_keys,
                    is_staff = excluded.is_staff, body = excluded.body
                """);
            command.Parameters.AddWithValue("id", person.Id);
            command.Parameters.AddWithValue("name", person.Name);
            command.Parameters.AddWithValue("community", person.CommunityId);
            command.Parameters.Add(Text("tgname", person.TelegramUsername));
            command.Parameters.Add(Text("tgid", person.TelegramUserId));
            command.Parameters.Add(Text("wecom", person.WeComUserId));
            command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, person.IdentityKeys.ToArray());
            command.Parameters.AddWithValue("staff", person.IsStaff);
            command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(Stored(person)));
            command.ExecuteNonQuery();
            _db.Signal(new PersonSaved(person.Copy()));
        });
    }

    public IReadOnlyList<Person> InCommunity(string communityId) =>
        Many($"SELECT {Columns} FROM people WHERE community_id = @v ORDER BY id", communityId);

    public IReadOnlyList<Person> All() => Many($"SELECT {Columns} FROM people ORDER BY id", null);

    public int Count() => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT count(*) FROM people");
        return (int)(long)command.ExecuteScalar()!;
    });

    private Person? One(string sql, string value) => Many(sql, value).FirstOrDefault();

    private List<Person> Many(string sql, string? value) => _db.InTransaction(() =>
    {
        using var command = _db.Command(sql);
        if (value is not null)
        {
            command.Parameters.AddWithValue("v", value);
        }

        return Read(command);
    });

    private static List<Person> Read(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        var people = new List<Person>();
        while (reader.Read())
        {
            var person = JsonSerializer.Deserialize<Person>(reader.GetString(0))!;
            person.CreatedAtUtc = PostgresTime.Utc(person.CreatedAtUtc);
            people.Add(person);
        }

        return people;
    }

    private static Person Stored(Person person)
    {
        var copy = person.Copy();
        copy.CreatedAtUtc = PostgresTime.Utc(copy.CreatedAtUtc);
        return copy;
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
