namespace Bot.Core.Purchases;

/// <summary>Reads the short answers of the conversation (typed in any of the three languages, or pressed).</summary>
internal static class PurchaseAnswers
{
    /// <summary>Button data: plain answers, processed as if typed.</summary>
    public const string Yes = "是";
    public const string Change = "换";
    public const string Skip = "跳过";
    public const string Submit = "提交";
    public const string Edit = "修改";
    public const string Cancel = "取消";

    private static readonly HashSet<string> YesWords = Set("是", "是的", "对", "對", "好", "好的", "确认", "確認", "用这个", "用這個", "y", "yes", "ok",
        "对的", "對的", "对对", "對對", "对啊", "對啊", "是啊", "行", "行的", "可以", "可以的", "嗯", "嗯嗯", "好吧", "好滴", "没问题", "沒問題",
        "没错", "沒錯", "正确", "正確", "就这个", "就這個", "就用这个", "yep", "yeah", "sure", "correct", "right", "okay", "fine");
    private static readonly HashSet<string> ChangeWords = Set("换", "換", "换一个", "換一個", "改", "不", "不是", "否", "change", "no", "n");
    private static readonly HashSet<string> SkipWords = Set("跳过", "跳過", "不留", "无", "無", "没有", "沒有", "skip", "none");
    private static readonly HashSet<string> SubmitWords = Set("提交", "确认提交", "確認提交", "确认", "確認", "submit", "ok");
    private static readonly HashSet<string> WeakYesWords = Set("嗯", "嗯嗯", "y");
    private static readonly HashSet<string> EditWords = Set("修改", "改", "编辑", "編輯", "change", "edit");

    public static bool IsYes(string answer) => YesWords.Contains(Key(answer));

    public static bool IsChange(string answer) => ChangeWords.Contains(Key(answer));

    public static bool IsSkip(string answer) => SkipWords.Contains(Key(answer));

    /// <summary>
    /// 提交 itself, or a clear everyday yes at the summary (好的, 对的, 行, 好的，提交吧); a bare 嗯 is too weak to send a
    /// request and gets the hint instead.
    /// </summary>
    public static bool IsSubmit(string answer)
    {
        var parts = Key(answer).Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && parts.All(p => SubmitPart(p.TrimEnd('吧', '啊', '呀', '哈')));
    }

    private static bool SubmitPart(string part) => SubmitWords.Contains(part) || (YesWords.Contains(part) && !WeakYesWords.Contains(part));

    public static bool IsEdit(string answer) => EditWords.Contains(Key(answer));

    /// <summary>The step a "what to change" answer leads to, or null.</summary>
    public static string? EditField(string answer) => Key(answer) switch
    {
        "物品" or "东西" or "東西" or "items" => PurchaseSteps.Items,
        "类别" or "類別" or "kind" or "category" => PurchaseSteps.Category,
        "地址" or "address" => PurchaseSteps.Address,
        "电话" or "電話" or "phone" => PurchaseSteps.Phone,
        "时间" or "時間" or "time" => PurchaseSteps.Window,
        _ => null,
    };

    private static string Key(string answer) => (answer ?? "").Trim().TrimEnd('!', '.', '!', '。', '~', '～', ',', '，').ToLowerInvariant();

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
