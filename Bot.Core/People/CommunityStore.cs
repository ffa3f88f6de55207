using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.People;

/// <summary>Communities and the group chats bound to them, in LiteDB.</summary>
public sealed class CommunityStore : ICommunityStore
{
    private readonly ILiteCollection<Community> _communities;
    private readonly ILiteCollection<GroupBinding> _groups;

    public CommunityStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _communities = db.Collection<Community>("communities");
        _groups = db.Collection<GroupBinding>("groups");
        _groups.EnsureIndex(x => x.CommunityId);
    }

    public Community EnsureCommunity(string name)
    {
        var c = _communities.FindOne(Expressions.ById(name));
        if (c is null)
        {
            c = new Community { Id = name, Name = name };
            _communities.Insert(c);
        }

        return c;
    }

    public Community? FindCommunity(string name) => _communities.FindOne(Expressions.ById(name.Trim()));

    public IReadOnlyList<Community> Communities() => _communities.FindAll().OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public GroupBinding? FindGroup(string channel, string chatId) => _groups.FindOne(Expressions.ById($"{channel}:{chatId}"));

    public void BindGroup(GroupBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        binding.Id = $"{binding.Channel}:{binding.ChatId}";
        _groups.Upsert(binding);
    }

    public bool UnbindGroup(string channel, string chatId) => _groups.Delete($"{channel}:{chatId}");

    public IReadOnlyList<GroupBinding> GroupsOf(string communityId, GroupPurpose? purpose = null) =>
        _groups.Find(Expressions.Of("$.CommunityId = @0", communityId))
            .Where(g => purpose is null || g.Purpose == purpose).ToList();

    /// <summary>A group chat moved (Telegram group → supergroup): keep the binding under the new id.</summary>
    public void MoveGroup(string channel, string oldChatId, string newChatId)
    {
        var g = FindGroup(channel, oldChatId);
        if (g is null)
        {
            return;
        }

        _groups.Delete(g.Id);
        g.ChatId = newChatId;
        BindGroup(g);
    }
}
