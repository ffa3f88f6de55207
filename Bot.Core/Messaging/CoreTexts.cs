using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>Texts of the pipeline and the general commands.</summary>
public static class CoreTexts
{
    public static readonly Text Unknown = new(
        "没看懂这条消息。发送「帮助」查看可用的命令。",
        "沒看懂這條消息。發送「幫助」查看可用的命令。",
        "Sorry, I did not understand that. Send /help to see what you can do.");

    public static readonly Text PhotoNotExpected = new(
        "收到照片，但现在没有在等照片。需要照片时，请先发送对应的命令，或把命令写在照片说明里。",
        "收到照片，但現在沒有在等照片。需要照片時，請先發送對應的命令，或把命令寫在照片說明裡。",
        "Got your photo, but no photo is expected right now. Send the command it belongs to first, or write it as the photo's caption.");

    public static readonly Text Denied = new(
        "「{0}」仅限{1}使用。",
        "「{0}」僅限{1}使用。",
        "\"{0}\" is only for {1}.");

    public static readonly Text Failed = new(
        "抱歉，处理这条消息时出错了，请稍后再试。如果一直出错，请联系社区书记。",
        "抱歉，處理這條消息時出錯了，請稍後再試。如果一直出錯，請聯繫社區書記。",
        "Sorry, something went wrong with that message. Please try again later, or ask your community secretary.");

    public static readonly Text UnboundGroup = new(
        "本群还没有绑定社区。请社区书记在群里发送「绑定本群 干部群」或「绑定本群 居民群」。",
        "本群還沒有綁定社區。請社區書記在群裡發送「綁定本群 幹部群」或「綁定本群 居民群」。",
        "This group is not bound to a community yet. A secretary can send /bindgroup cadres or /bindgroup residents here.");

    public static readonly Text HelpHeader = new("可用的命令：", "可用的命令：", "What you can do:");
    public static readonly Text HelpLine = new("• {0}（/{1}）— {2}", "• {0}（/{1}）— {2}", "• {0} (/{1}) — {2}");

    public static readonly Text HelpFooter = new(
        "随时发送「取消」可退出当前对话。",
        "隨時發送「取消」可退出當前對話。",
        "Send /cancel at any time to leave a conversation.");

    public static readonly Text Greeting = new(
        "您好，{0}！我是社区防控值守助手。发送「帮助」查看可用的命令。",
        "您好，{0}！我是社區防控值守助手。發送「幫助」查看可用的命令。",
        "Hello, {0}! I am the community duty assistant. Send /help to see what you can do.");

    public static readonly Text Cancelled = new("已取消。", "已取消。", "Cancelled.");

    public static readonly Text NothingToCancel = new("当前没有进行中的对话。", "當前沒有進行中的對話。", "There is nothing to cancel.");

    public static readonly Text LanguageSet = new("已切换为简体中文。", "已切換為繁體中文。", "Language set to English.");

    public static readonly Text LanguageUsage = new(
        "用法：语言 简体 / 繁体 / English",
        "用法：語言 簡體 / 繁體 / English",
        "Usage: /language zh-hans | zh-hant | en");

    public static readonly Text RoleResident = new("居民", "居民", "residents");

    public static readonly Text RoleCadre = new("干部", "幹部", "cadres");

    public static readonly Text RoleSecretary = new("书记", "書記", "secretaries");

    public static readonly Text RoleAdmin = new("区级管理员", "區級管理員", "district admins");

    /// <summary>The name of <paramref name="role"/>, as in "only for cadres or secretaries".</summary>
    public static Text RoleName(People.Role role) => role switch
    {
        People.Role.Cadre => RoleCadre,
        People.Role.Secretary => RoleSecretary,
        People.Role.Admin => RoleAdmin,
        _ => RoleResident,
    };

    public static readonly Text Or = new("或", "或", " or ");

    public static readonly Text HelpDescription = new("查看可用的命令", "查看可用的命令", "List what you can do");

    public static readonly Text StartDescription = new("开始使用", "開始使用", "Start");

    public static readonly Text CancelDescription = new("退出当前对话", "退出當前對話", "Leave the current conversation");

    public static readonly Text LanguageDescription = new("切换语言", "切換語言", "Change language");
}
