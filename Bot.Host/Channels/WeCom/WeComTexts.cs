using Bot.Core.Texts;

namespace Bot.Host.Channels.WeCom;

/// <summary>Texts the WeCom channel adds to messages.</summary>
internal static class WeComTexts
{
    /// <summary>
    /// A button rendered as a line: WeCom app text messages have no inline buttons, and a button's data is a command
    /// line, so the person is told what to reply. {0} label, {1} data.
    /// </summary>
    public static readonly Text ButtonLine = new("▸ {0}：回复「{1}」", "▸ {0}：回覆「{1}」", "▸ {0}: reply \"{1}\"");

    /// <summary>The same for a group robot's message: a robot cannot receive replies, so the answer goes to the app.</summary>
    public static readonly Text RobotButtonLine = new(
        "▸ {0}：请在应用里给我发送「{1}」",
        "▸ {0}：請在應用裡給我發送「{1}」",
        "▸ {0}: send \"{1}\" to the app");

    /// <summary>
    /// Under a message whose document cannot go where it is sent: an intelligent-bot group with no robot to post
    /// through (a one-shot reply carries text only). {0} the file's name.
    /// </summary>
    public static readonly Text FileNotHere = new(
        "（文件「{0}」无法发到这个群：请在应用里给我发同样的指令，文件会发到那里。）",
        "（檔案「{0}」無法發到這個群：請在應用裡給我發同樣的指令，檔案會發到那裡。）",
        "(The file \"{0}\" cannot be posted in this group: send me the same command in the app and it comes there.)");
}
