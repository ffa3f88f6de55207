using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>Guessing a category from what is to be bought, reading the person's choice, and naming it.</summary>
internal static class PurchaseCategories
{
    private static readonly string[] MedicineWords =
    [
        "药", "藥", "布洛芬", "感冒", "退烧", "退燒", "胶囊", "膠囊", "冲剂", "沖劑", "口服液", "降压", "降壓", "胰岛素", "胰島素",
        "创可贴", "創可貼", "体温计", "體溫計", "medicine", "pill", "ibuprofen", "tablet",
    ];

    private static readonly string[] MealWords =
    [
        "饭", "飯", "餐", "便当", "便當", "包子", "饺子", "餃子", "馒头", "饅頭", "粥", "meal", "lunch", "dinner", "breakfast",
    ];

    private static readonly string[] VegetableWords =
    [
        "菜", "蔬", "肉", "蛋", "米", "面", "麵", "油", "盐", "鹽", "水果", "苹果", "蘋果", "土豆", "西红柿", "番茄", "黄瓜",
        "黃瓜", "萝卜", "蘿蔔", "牛奶", "vegetable", "egg", "rice", "milk", "fruit", "grocer",
    ];

    /// <summary>The button data offered for each category (also accepted when typed).</summary>
    public static readonly IReadOnlyList<(PurchaseCategory Category, string Data)> Choices =
    [
        (PurchaseCategory.Vegetables, "菜"),
        (PurchaseCategory.Meals, "饭"),
        (PurchaseCategory.Medicine, "药"),
        (PurchaseCategory.Other, "其他"),
    ];

    /// <summary>The most likely category for the words, or null when nothing hints at one.</summary>
    public static PurchaseCategory? Guess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var scores = new[]
        {
            (PurchaseCategory.Medicine, Score(text, MedicineWords)),
            (PurchaseCategory.Meals, Score(text, MealWords)),
            (PurchaseCategory.Vegetables, Score(text, VegetableWords)),
        };
        var best = scores.OrderByDescending(s => s.Item2).First();
        return best.Item2 > 0 ? best.Item1 : null;
    }

    /// <summary>Reads a typed or pressed category answer.</summary>
    public static PurchaseCategory? Parse(string answer) => answer.Trim().ToLowerInvariant() switch
    {
        "菜" or "蔬菜" or "买菜" or "買菜" or "生鲜" or "生鮮" or "veg" or "vegetables" or "groceries" => PurchaseCategory.Vegetables,
        "饭" or "飯" or "饭菜" or "飯菜" or "送饭" or "送飯" or "餐" or "meal" or "meals" => PurchaseCategory.Meals,
        "药" or "藥" or "药品" or "藥品" or "买药" or "買藥" or "medicine" => PurchaseCategory.Medicine,
        "其他" or "其它" or "other" => PurchaseCategory.Other,
        _ => null,
    };

    public static Text Label(PurchaseCategory category) => category switch
    {
        PurchaseCategory.Vegetables => PurchasesTexts.CategoryVegetables,
        PurchaseCategory.Meals => PurchasesTexts.CategoryMeals,
        PurchaseCategory.Medicine => PurchasesTexts.CategoryMedicine,
        _ => PurchasesTexts.CategoryOther,
    };

    private static int Score(string text, string[] words) =>
        words.Count(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
