using Bot.Core.Storage.Postgres;
using Npgsql;

namespace Bot.Core.People;

/// <summary>Communities (table <c>communities</c>) and group bindings (table <c>groups</c>) in PostgreSQL, as columns.</summary>
public sealed class PostgresCommunityStore(PostgresDatabase db) : ICommunityStore
{
    private const string GroupColumns = "id, channel, chat_id, community_id, purpose, bound_by, bound_at";
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public Community EnsureCommunity(string name) => _db.InTransaction(() =>
    {
        using (var insert = _db.Command("INSERT INTO communities (id, name) VALUES (@id, @id) ON CONFLICT (id) DO NOTHING"))
        {
            insert.Parameters.AddWithValue("id", name);
            insert.ExecuteNonQuery();
        }

        return Communities("WHERE id = @id", name).Single();
    });

    public Community? FindCommunity(string name) => _db.InTransaction(() => Communities("WHERE id = @id", name.Trim()).FirstOrDefault());

    public IReadOnlyList<Community> Communities() =>
        _db.InTransaction(() => Communities("", null).OrderBy(c => c.Name, StringComparer.Ordinal).ToList());

    public GroupBinding? FindGroup(string channel, string chatId) =>
        _db.InTransaction(() => Groups("WHERE id = @id", $"{channel}:{chatId}").FirstOrDefault());

    public void BindGroup(GroupBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        binding.Id = $"{binding.Channel}:{binding.ChatId}";
        _db.InTransaction(() =>
        {
            using var command = _db.Command($"""
                INSERT INTO groups ({GroupColumns}) VALUES (@id, @channel, @chat, @community, @purpose, @by, @at)
                ON CONFLICT (id) DO UPDATE SET channel = excluded.channel, chat_id = excluded.chat_id,
                    community_id = excluded.community_id, purpose = excluded.purpose, bound_by = excluded.bound_by,
                    bound_at = excluded.bound_at
                """);
            command.Parameters.AddWithValue("id", binding.Id);
            command.Parameters.AddWithValue("channel", binding.Channel);
            command.Parameters.AddWithValue("chat", binding.ChatId);
            command.Parameters.AddWithValue("community", binding.CommunityId);
            command.Parameters.AddWithValue("purpose", (int)binding.Purpose);
            command.Parameters.AddWithValue("by", binding.BoundBy);
            command.Parameters.AddWithValue("at", PostgresTime.Utc(binding.BoundAtUtc));
            command.ExecuteNonQuery();
        });
    }

    public bool UnbindGroup(string channel, string chatId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("DELETE FROM groups WHERE id = @id");
        command.Parameters.AddWithValue("id", $"{channel}:{chatId}");
        return command.ExecuteNonQuery() > 0;
    });

    public IReadOnlyList<GroupBinding> GroupsOf(string communityId, GroupPurpose? purpose = null) =>
        _db.InTransaction(() => Groups("WHERE community_id = @id ORDER BY id", communityId)
            .Where(g => purpose is null || g.Purpose == purpose).ToList());

    /// <summary>A group chat moved (Telegram group → supergroup): keep the binding under the new id.</summary>
    public void MoveGroup(string channel, string oldChatId, string newChatId) => _db.InTransaction(() =>
    {
        var g = FindGroup(channel, oldChatId);
        if (g is null)
        {
            return;
        }

        UnbindGroup(channel, oldChatId);
        g.ChatId = newChatId;
        BindGroup(g);
    });

    private List<Community> Communities(string where, string? id)
    {
        using var command = _db.Command($"SELECT id, name FROM communities {where}");
        if (id is not null)
        {
            command.Parameters.AddWithValue("id", id);
        }

        using var reader = command.ExecuteReader();
        var list = new List<Community>();
        while (reader.Read())
        {
            list.Add(new Community { Id = reader.GetString(0), Name = reader.GetString(1) });
        }

        return list;
    }

    private List<GroupBinding> Groups(string where, string id)
    {
        using var command = _db.Command($"SELECT {GroupColumns} FROM groups {where}");
        command.Parameters.AddWithValue("id", id);
        using var reader = command.ExecuteReader();
        var list = new List<GroupBinding>();
        while (reader.Read())
        {
            list.Add(new GroupBinding
            {
                Id = reader.GetString(0),
                Channel = reader.GetString(1),
                ChatId = reader.GetString(2),
                CommunityId = reader.GetString(3),
                Purpose = (GroupPurpose)reader.GetInt32(4),
                BoundBy = reader.GetString(5),
                BoundAtUtc = DateTime.SpecifyKind(reader.GetDateTime(6), DateTimeKind.Utc),
            });
        }

        return list;
    }
}
