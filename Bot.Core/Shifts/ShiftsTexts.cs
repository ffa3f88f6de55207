using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>User-facing texts of the Shifts feature: sign-in, location, handover, take-over.</summary>
internal static partial class ShiftsTexts
{
    public static readonly Text SignInDescription = new("上岗签到（可附位置作为到岗凭证）", "上崗簽到（可附位置作為到崗憑證）", "Sign in to your shift (a shared location is kept as proof)");
    public static readonly Text SignInUsage = new("签到 [点位]", "簽到 [點位]", "/signin [point]");
    public static readonly Text SignInButton = new("签到", "簽到", "Sign in");
    public static readonly Text OtherCommunity = new("本群属于「{0}」，您不能在这里处理其他社区的值守。", "本群屬於「{0}」，您不能在這裡處理其他社區的值守。", "This group belongs to {0}; you cannot handle another community's duty here.");
    public static readonly Text NoCommunity = new("您还没有所属社区，请联系社区书记。", "您還沒有所屬社區，請聯繫社區書記。", "You do not belong to a community yet; please ask your secretary.");
    public static readonly Text SignedIn = new("✅ 已签到：{0}（{1}），{2}。", "✅ 已簽到：{0}（{1}），{2}。", "✅ Signed in: {0} ({1}) at {2}.");
    public static readonly Text SignedInSubstitute = new("✅ 已作为替班签到：{0}（{1}），{2}。该点位原本无人在岗，已通知社区书记。", "✅ 已作為替班簽到：{0}（{1}），{2}。該點位原本無人在崗，已通知社區書記。", "✅ Signed in as a substitute: {0} ({1}) at {2}. The point was uncovered; the secretary has been told.");
    public static readonly Text SignedInLate = new("⚠ 迟到 {0}，已记录。", "⚠ 遲到 {0}，已記錄。", "⚠ {0} late; recorded.");
    public static readonly Text SendLocation = new("如需到岗凭证，请在 {0}内发送您的位置。", "如需到崗憑證，請在 {0}內發送您的位置。", "To prove you are at the point, share your location within {0}.");
    public static readonly Text ChoosePoint = new("您现在有多个班次：{0}。请选择要签到的点位：", "您現在有多個班次：{0}。請選擇要簽到的點位：", "You have several shifts now: {0}. Which point are you signing in to?");
    public static readonly Text AlreadySignedIn = new("您已在 {1} 签到 {0}。", "您已在 {1} 簽到 {0}。", "You signed in to {0} at {1} already.");
    public static readonly Text TooEarly = new("还不能签到：{0}（{1}）的签到从 {2} 开始。", "還不能簽到：{0}（{1}）的簽到從 {2} 開始。", "Too early: sign-in for {0} ({1}) opens at {2}.");
    public static readonly Text ShiftOver = new("{0}（{1}）的班次已于 {2} 结束，不能再签到。", "{0}（{1}）的班次已於 {2} 結束，不能再簽到。", "The shift at {0} ({1}) ended at {2}; it can no longer be signed in.");
    public static readonly Text NoShift = new("您现在没有排班。发送「我的班次」查看安排。", "您現在沒有排班。發送「我的班次」查看安排。", "You have no shift now. Send /myshifts to see your shifts.");
    public static readonly Text UnknownPoint = new("没有找到点位「{0}」。本社区的点位：{1}", "沒有找到點位「{0}」。本社區的點位：{1}", "There is no point called \"{0}\". Points of your community: {1}");
    public static readonly Text NotRostered = new("您没有排在「{0}」，该点位现在也没有班次，不能签到。", "您沒有排在「{0}」，該點位現在也沒有班次，不能簽到。", "You are not rostered at {0}, and it has no shift now, so you cannot sign in there.");
    public static readonly Text NotRosteredCovered = new("您没有排在「{0}」，且该点位已有人在岗（{1}），不能签到。", "您沒有排在「{0}」，且該點位已有人在崗（{1}），不能簽到。", "You are not rostered at {0}, and it is covered ({1}), so you cannot sign in there.");
    public static readonly Text SubstitutionAlert = new("替班提醒：{0} 在无人在岗的「{1}」（{2}）签到替班，原排班：{3}。", "替班提醒：{0} 在無人在崗的「{1}」（{2}）簽到替班，原排班：{3}。", "Substitution: {0} signed in at the uncovered point {1} ({2}) instead of {3}.");
    public static readonly Text PreviousNote = new("上一班 {0}（{1} 交接）留言：{2}", "上一班 {0}（{1} 交接）留言：{2}", "Previous shift, {0} (handed over at {1}): {2}");
    public static readonly Text PreviousNoNote = new("上一班 {0}（{1}）没有交接记录。", "上一班 {0}（{1}）沒有交接記錄。", "The previous shift, {0} ({1}), left no handover.");
    public static readonly Text LocationInside = new("📍 位置已记录：距「{0}」{1} 米，在范围内。", "📍 位置已記錄：距「{0}」{1} 米，在範圍內。", "📍 Location recorded: {1} m from {0}, within range.");
    public static readonly Text LocationOutside = new("📍 位置已记录，但距「{0}」{1} 米，超出 {2} 米范围，已标记。", "📍 位置已記錄，但距「{0}」{1} 米，超出 {2} 米範圍，已標記。", "📍 Location recorded, but it is {1} m from {0}, beyond the {2} m radius; flagged.");
    public static readonly Text LocationUnchecked = new("📍 位置已记录（「{0}」没有坐标，无法核对距离）。", "📍 位置已記錄（「{0}」沒有座標，無法核對距離）。", "📍 Location recorded ({0} has no coordinates to compare with).");
    public static readonly Text LocationTooLate = new("位置发送得太晚（签到后超过 {0}），未作为凭证记录。", "位置發送得太晚（簽到後超過 {0}），未作為憑證記錄。", "That location came more than {0} after signing in; it was not recorded as proof.");
    public static readonly Text LocationWaitOver = new("等待位置已超时，签到仍然有效（无位置凭证）。", "等待位置已超時，簽到仍然有效（無位置憑證）。", "No location arrived; your sign-in stands without location proof.");

    public static readonly Text HandoverDescription = new("交班并留下交接记录（可写数字，如 登记12 测温30 异常0）", "交班並留下交接記錄（可寫數字，如 登記12 測溫30 異常0）", "Hand over your shift with a note (figures such as checked 12 are recorded)");
    public static readonly Text HandoverUsage = new("交接 [交接内容]", "交接 [交接內容]", "/handover [note]");
    public static readonly Text HandoverButton = new("交接", "交接", "Hand over");
    public static readonly Text HandedOver = new("✅ 已交班：{0}（{1}），{2}。", "✅ 已交班：{0}（{1}），{2}。", "✅ Handed over: {0} ({1}) at {2}.");
    public static readonly Text HandoverCounts = new("记录的数字：{0}", "記錄的數字：{0}", "Figures recorded: {0}");
    public static readonly Text HandoverNextTold = new("已通知下一班 {0}（{1}）接班。", "已通知下一班 {0}（{1}）接班。", "The next cadre, {0} ({1}), has been asked to take over.");
    public static readonly Text HandoverNoNext = new("该点位没有下一班排班。", "該點位沒有下一班排班。", "No next shift is rostered at this point.");
    public static readonly Text HandoverNothing = new("您现在没有可交接的班次（需先签到）。", "您現在沒有可交接的班次（需先簽到）。", "You have no shift to hand over (sign in first).");
    public static readonly Text HandoverSignInFirst = new("您还没有签到，请先发送「签到」。", "您還沒有簽到，請先發送「簽到」。", "You have not signed in yet; send /signin first.");
    public static readonly Text HandoverToYou = new("{0} 已在「{1}」交班，交接内容：{2}\n请确认接班。", "{0} 已在「{1}」交班，交接內容：{2}\n請確認接班。", "{0} handed over {1}: {2}\nPlease confirm you take over.");

    public static readonly Text TakeoverDescription = new("确认接班（上一班已交接）", "確認接班（上一班已交接）", "Confirm you take over from the previous shift");
    public static readonly Text TakeoverUsage = new("接班", "接班", "/takeover");
    public static readonly Text TakeOverButton = new("接班", "接班", "Take over");
    public static readonly Text TakeoverUnknown = new("没有找到交接记录「{0}」。", "沒有找到交接記錄「{0}」。", "There is no handover {0}.");
    public static readonly Text TakeoverNothing = new("现在没有等待您确认的交接。", "現在沒有等待您確認的交接。", "There is no handover waiting for you.");
    public static readonly Text TakeoverOwn = new("不能接自己的班。", "不能接自己的班。", "You cannot take over from yourself.");
    public static readonly Text TakeoverDone = new("这次交接已由 {0} 在 {1} 确认。", "這次交接已由 {0} 在 {1} 確認。", "{0} confirmed this handover at {1} already.");
    public static readonly Text TookOver = new("✅ 已确认接班：{0}，交班人 {1}。", "✅ 已確認接班：{0}，交班人 {1}。", "✅ You took over {0} from {1}.");
    public static readonly Text TookOverSignInHint = new("别忘了发送「签到 {0}」。", "別忘了發送「簽到 {0}」。", "Remember to sign in: /signin {0}");
    public static readonly Text YourHandoverTaken = new("{0} 已确认接班「{1}」（{2}）。", "{0} 已確認接班「{1}」（{2}）。", "{0} took over {1} at {2}.");
}
