using Bot.Core.Messaging.Intents;
using static Bot.Core.Messaging.Intents.Phrasings;

namespace Bot.Core.General;

/// <summary>How people ask for help, greet, give up a conversation, switch language or say thanks.</summary>
internal sealed class GeneralIntents : IIntentTable
{
    public IReadOnlyDictionary<string, IntentArgs> Arguments { get; } = new Dictionary<string, IntentArgs>
    {
        ["help"] = IntentArgs.None,
        ["start"] = IntentArgs.None,
        ["cancel"] = IntentArgs.None,
        ["thanks"] = IntentArgs.None,
    };

    public IReadOnlyList<IntentPhrase> Phrases { get; } =
    [
        .. Hans("help", "怎么用", "怎么使用", "如何使用", "怎么弄", "使用说明", "说明", "教程", "有什么功能", "能做什么", "功能", "命令", "指令", "不会用", "看不懂"),
        .. Hant("help", "怎麼用", "怎麼使用", "如何使用", "使用說明", "說明", "教學", "有什麼功能", "能做什麼", "功能", "指令", "不會用"),
        .. English("help", "how to use", "how does this work", "what can you do", "commands", "instructions", "menu"),
        .. Hans("start", "早上好", "下午好", "晚上好", "哈喽", "嗨"),
        .. Hant("start", "早安", "午安", "哈囉"),
        .. English("start", "hey", "good morning", "hallo"),
        .. Hans("cancel", "不要了", "算了", "算了算了", "不买了", "不用了", "不弄了", "不填了", "放弃", "停止", "结束", "别弄了", "取消吧"),
        .. Hant("cancel", "不要了", "算了", "不買了", "不用了", "放棄", "停止", "結束"),
        .. English("cancel", "never mind", "nevermind", "stop", "quit", "forget it"),
        .. Hans("language", "切换语言", "换语言", "改语言", "设置语言"),
        .. Hant("language", "切換語言", "換語言", "設定語言"),
        .. English("language", "switch language", "change language"),
        .. Hans("thanks", "谢谢", "谢谢你", "谢谢您", "多谢", "感谢", "非常感谢", "谢啦", "辛苦了", "辛苦"),
        .. Hant("thanks", "謝謝", "謝謝你", "謝謝您", "多謝", "感謝", "非常感謝"),
        .. English("thanks", "thanks", "thank you", "thx", "many thanks"),
    ];
}
