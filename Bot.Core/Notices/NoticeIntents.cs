using Bot.Core.Messaging;
using Bot.Core.Messaging.Intents;
using Bot.Core.People;
using static Bot.Core.Messaging.Intents.Phrasings;
using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary>How people acknowledge a notice (收到, 看过了) and how secretaries ask who has read it.</summary>
internal sealed class NoticeIntents : IIntentTable
{
    public IReadOnlyDictionary<string, IntentArgs> Arguments { get; } = new Dictionary<string, IntentArgs>
    {
        ["ack"] = IntentArgs.Number,
        ["readstats"] = IntentArgs.Number,
        ["remind_unread"] = IntentArgs.Number,
        ["notices"] = IntentArgs.None,
    };

    public IReadOnlyList<IntentPhrase> Phrases { get; } =
    [
        .. Hans("ack", "已阅", "已读", "已学", "已学习", "看过", "看完", "已看", "学完"),
        .. Hant("ack", "已閱", "已讀", "已學", "已學習", "看過", "看完", "已看", "學完"),
        .. English("ack", "read it", "have read", "i read"),
        .. Of("ack", Language.ZhHans, CommandSpec.Staff, false, "收到"),
        .. Of("ack", Language.ZhHant, CommandSpec.Staff, false, "收到"),
        .. Of("ack", Language.English, CommandSpec.Staff, false, "got it", "noted"),
        .. Hans("readstats", "谁没看", "谁没读", "谁没学", "谁还没看", "谁还没学", "学习进度", "阅读进度", "看了没"),
        .. Hant("readstats", "誰沒看", "誰沒讀", "誰沒學", "學習進度", "閱讀進度"),
        .. English("readstats", "who has not read", "read stats", "who read"),
        .. Hans("remind_unread", "催一下没看的", "提醒没看的", "催没看的", "催一催"),
        .. Hant("remind_unread", "提醒沒看的", "催沒看的"),
        .. English("remind_unread", "remind unread", "chase unread"),
        .. Hans("notices", "所有通知", "历史通知", "发过的通知", "通知记录"),
        .. Hant("notices", "所有通知", "歷史通知", "通知記錄"),
        .. English("notices", "notice list", "all notices"),
    ];
}
