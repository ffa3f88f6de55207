using Bot.Core.Messaging.Intents;
using static Bot.Core.Messaging.Intents.Phrasings;

namespace Bot.Core.Shifts;

/// <summary>How cadres and secretaries name the shift commands (打卡, 1号岗到岗, 签退, 我的值班, 谁在岗 …).</summary>
internal sealed class ShiftIntents : IIntentTable
{
    public IReadOnlyDictionary<string, IntentArgs> Arguments { get; } = new Dictionary<string, IntentArgs>
    {
        ["signin"] = IntentArgs.Place,
        ["handover"] = IntentArgs.Rest,
        ["takeover"] = IntentArgs.Number,
        ["myshifts"] = IntentArgs.None,
        ["status"] = IntentArgs.None,
    };

    public IReadOnlyList<IntentPhrase> Phrases { get; } =
    [
        .. Hans("signin", "打卡", "到岗", "已到岗", "上班", "报到", "我到", "开始值班", "签个到", "上岗打卡", "上班打卡"),
        .. Hant("signin", "打卡", "到崗", "已到崗", "上班", "報到", "開始值班", "上崗"),
        .. English("signin", "check in", "checkin", "clock in", "i'm here", "arrived"),
        .. Hans("handover", "签退", "下班", "下岗", "值班结束", "收工", "下班打卡"),
        .. Hant("handover", "簽退", "下班", "下崗", "值班結束", "收工"),
        .. English("handover", "sign out", "signout", "clock out", "check out", "end shift", "end of shift"),
        .. Hans("takeover", "接岗", "接手", "我来接班"),
        .. Hant("takeover", "接崗", "接手"),
        .. English("takeover", "i take over", "taking over"),
        .. Hans("myshifts", "我的值班", "我的班", "值班表", "我的岗", "几点上班", "什么时候上班", "什么时候值班", "我哪天值班", "班次"),
        .. Hant("myshifts", "我的值班", "我的班", "值班表", "幾點上班", "什麼時候上班", "什麼時候值班", "班次"),
        .. English("myshifts", "my shift", "my schedule", "when is my shift", "shifts"),
        .. Hans("status", "谁在岗", "查岗", "谁值班", "谁在值班", "值班情况", "岗位情况", "在岗人员", "有人在岗", "点位情况"),
        .. Hant("status", "誰在崗", "查崗", "誰值班", "值班情況", "崗位情況", "在崗人員"),
        .. English("status", "who is on duty", "whos on duty", "who's on duty", "duty status"),
        .. Hans("attendance", "考勤", "考勤表"),
        .. Hant("attendance", "考勤", "考勤表"),
        .. English("attendance", "attendance"),
    ];
}
