using Bot.Core.Texts;

namespace Bot.Core.Messaging.Intents;

/// <summary>Texts of the recogniser and of the answers it makes possible.</summary>
public static class IntentTexts
{
    public static readonly Text DidYouMean = new("您是想：", "您是想：", "Did you mean:");

    public static readonly Text ThanksDescription = new("不客气", "不客氣", "You are welcome");

    public static readonly Text YouAreWelcome = new(
        "不客气！需要时发送「帮助」查看能做什么。",
        "不客氣！需要時發送「幫助」查看能做什麼。",
        "You are welcome! Send /help any time to see what I can do.");

    public static readonly Text ResumeAfterCommunity = new(
        "接着刚才的事：",
        "接著剛才的事：",
        "Back to what you asked:");
}
