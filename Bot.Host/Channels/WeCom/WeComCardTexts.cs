using Bot.Core.Texts;

namespace Bot.Host.Channels.WeCom;

/// <summary>Texts of WeCom template cards: what a pressed card shows, and the answers to presses that change nothing.</summary>
internal static class WeComCardTexts
{
    /// <summary>The greyed-out button of a member's card once pressed. {0} the label pressed.</summary>
    public static readonly Text Pressed = new("已按：{0}", "已按：{0}", "Pressed: {0}");

    /// <summary>The same on a group card. {0} the label, {1} who pressed.</summary>
    public static readonly Text PressedBy = new("已由 {1} {0}", "已由 {1} {0}", "{0}: {1}");

    /// <summary>A press on a card the bot has no record of. {0} the button's command.</summary>
    public static readonly Text Unknown = new(
        "这个按钮已失效，没有做任何操作。如仍需要，请直接发送「{0}」。",
        "這個按鈕已失效，沒有做任何操作。如仍需要，請直接發送「{0}」。",
        "This button is no longer valid; nothing was done. If you still need it, send \"{0}\".");

    /// <summary>A press on a card older than WeCom:CardValidity. {0} the button's command.</summary>
    public static readonly Text Expired = new(
        "这张卡片已过期，没有做任何操作。如仍需要，请直接发送「{0}」。",
        "這張卡片已過期，沒有做任何操作。如仍需要，請直接發送「{0}」。",
        "This card has expired; nothing was done. If you still need it, send \"{0}\".");

    /// <summary>A second press on a card already pressed. {0} what was pressed.</summary>
    public static readonly Text AlreadyPressed = new(
        "这张卡片已经按过（{0}），不能再按，没有做任何操作。",
        "這張卡片已經按過（{0}），不能再按，沒有做任何操作。",
        "This card was already pressed ({0}); it cannot be pressed again and nothing was done.");

    /// <summary>A press by a member the card was not sent to.</summary>
    public static readonly Text NotYours = new(
        "这张卡片不是发给您的，没有做任何操作。",
        "這張卡片不是發給您的，沒有做任何操作。",
        "This card was not sent to you; nothing was done.");

    /// <summary>A press whose key is not one of the card's buttons.</summary>
    public static readonly Text NoSuchButton = new(
        "这个按钮不属于这张卡片，没有做任何操作。",
        "這個按鈕不屬於這張卡片，沒有做任何操作。",
        "That button is not on this card; nothing was done.");
}
