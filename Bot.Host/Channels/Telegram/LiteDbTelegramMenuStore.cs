using Bot.Core.Storage;
using LiteDB;

namespace Bot.Host.Channels.Telegram;

/// <summary>The menus given to private chats in the bot's data file (collection <c>telegram_menus</c>).</summary>
internal sealed class LiteDbTelegramMenuStore : ITelegramMenuStore
{
    private readonly ILiteCollection<TelegramChatMenu> _menus;

    public LiteDbTelegramMenuStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _menus = db.Collection<TelegramChatMenu>("telegram_menus");
    }

    public IReadOnlyDictionary<string, string> All() => _menus.FindAll().ToDictionary(m => m.Id, m => m.Key, StringComparer.Ordinal);

    public void Given(string chatId, string key, DateTime atUtc) => _menus.Upsert(new TelegramChatMenu { Id = chatId, Key = key, SetAtUtc = atUtc });

    public void Removed(string chatId) => _menus.Delete(chatId);
}

/// <summary>The menu a private chat was given: <c>role|language|fingerprint</c>.</summary>
internal sealed class TelegramChatMenu
{
    public string Id { get; set; } = "";

    public string Key { get; set; } = "";

    public DateTime SetAtUtc { get; set; }
}
