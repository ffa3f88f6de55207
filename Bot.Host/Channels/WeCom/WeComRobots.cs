namespace Bot.Host.Channels.WeCom;

/// <summary>The group robot (name under <c>WeCom:Robots</c>) a group posts through: its own, or an intelligent-bot group's fallback.</summary>
internal sealed class WeComRobots(WeComOptions options)
{
    /// <summary>The robot's name for <c>robot:</c> and intelligent-bot groups; null for any other chat or a bot group without one.</summary>
    public string? NameOf(string chatId) =>
        chatId.StartsWith(WeComChatIds.Robot, StringComparison.Ordinal) ? chatId[WeComChatIds.Robot.Length..]
        : chatId.StartsWith(WeComChatIds.AiBot, StringComparison.Ordinal) ? options.Bot.GroupRobots.GetValueOrDefault(chatId[WeComChatIds.AiBot.Length..])
        : null;

    /// <summary>The chat's robot and its webhook key, when the chat has a robot and the key is configured.</summary>
    public bool TryGet(string chatId, out string robot, out string key)
    {
        var name = NameOf(chatId);
        robot = name ?? "";
        key = "";
        if (name is null || !options.Robots.TryGetValue(name, out var found))
        {
            return false;
        }

        key = found;
        return true;
    }
}
