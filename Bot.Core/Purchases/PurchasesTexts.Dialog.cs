using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>Texts of the forgiving purchase conversation.</summary>
internal static partial class PurchasesTexts
{
    public static readonly Text DraftCancelled = new(
        "已取消这次代购填写，没有提交。需要时再发送「代购」。",
        "已取消這次代購填寫，沒有提交。需要時再發送「代購」。",
        "This purchase request was cancelled before it was submitted. Send /buy when you need one.");

    public static readonly Text PhoneLeftOut = new(
        "先不留电话，继续。",
        "先不留電話，繼續。",
        "No phone number then; let us go on.");
}
