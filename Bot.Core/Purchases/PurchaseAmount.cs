using System.Globalization;

namespace Bot.Core.Purchases;

/// <summary>Reads the amount a volunteer adds to 已买到 / 已送达: <c>35.5</c>, <c>35.5元</c>, <c>¥35</c>, <c>35块</c>.</summary>
internal static class PurchaseAmount
{
    private const decimal Max = 100_000m;

    /// <summary>True with null for no amount, true with the amount, false for something that is not an amount.</summary>
    public static bool TryParse(string? text, out decimal? amount)
    {
        amount = null;
        var t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            return true;
        }

        var digits = t.Replace("元", "", StringComparison.Ordinal).Replace("块", "", StringComparison.Ordinal)
            .Replace("塊", "", StringComparison.Ordinal).Trim().TrimStart('¥', '￥').Trim();
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a) || a > Max)
        {
            return false;
        }

        amount = a;
        return true;
    }
}
