namespace Bot.Core.People;

/// <summary>Communities and the group chats bound to them.</summary>
public interface ICommunityStore
{
    Community EnsureCommunity(string name);

    Community? FindCommunity(string name);

    /// <summary>Ordered by name (ordinal).</summary>
    IReadOnlyList<Community> Communities();

    GroupBinding? FindGroup(string channel, string chatId);

    /// <summary>Inserts or replaces the binding of the chat (its id becomes "channel:chatId").</summary>
    void BindGroup(GroupBinding binding);

    bool UnbindGroup(string channel, string chatId);

    IReadOnlyList<GroupBinding> GroupsOf(string communityId, GroupPurpose? purpose = null);

    void MoveGroup(string channel, string oldChatId, string newChatId);
}
