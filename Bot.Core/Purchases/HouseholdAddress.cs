using System.Text.RegularExpressions;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>Building–unit–room of a household (3号楼2单元301 / 3-2-301).</summary>
internal sealed partial class HouseholdAddress
{
    public string Building { get; set; } = "";

    public string Unit { get; set; } = "";

    public string Room { get; set; } = "";

    public bool IsEmpty => string.IsNullOrEmpty(Building);

    /// <summary>Stable form for keys: <c>3-2-301</c>.</summary>
    public string Key => $"{Building}-{Unit}-{Room}";

    /// <summary>Reads an address such as <c>3-2-301</c>, <c>3号楼2单元301室</c>, <c>三号楼二单元301</c>, <c>3棟2門301</c> (text already normalised).</summary>
    public static HouseholdAddress? TryParse(string? text)
    {
        // 三号楼二单元三零一 reads as 3号楼2单元301.
        var m = Pattern().Match(ChineseNumerals.ToArabic((text ?? "").Trim()));
        if (!m.Success)
        {
            return null;
        }

        return new HouseholdAddress
        {
            Building = m.Groups["b"].Value.ToUpperInvariant().TrimStart('0') is { Length: > 0 } b ? b : "0",
            Unit = Trim(m.Groups["u"].Value),
            Room = Trim(m.Groups["r"].Value),
        };
    }

    /// <summary>The full address, for the resident, the claimer and the secretary only.</summary>
    public string Full(Language language) => PurchasesTexts.AddressFull.Format(language, Building, Unit, Room);

    /// <summary>The building alone: what groups may see.</summary>
    public string BuildingOnly(Language language) => PurchasesTexts.AddressBuilding.Format(language, Building);

    /// <summary>Finds something that looks like a full address in free text (used to keep group posts clean).</summary>
    public static string Redact(string text) => InText().Replace(text, "***");

    private static string Trim(string digits) => digits.TrimStart('0') is { Length: > 0 } t ? t : "0";

    [GeneratedRegex(@"^(?<b>[0-9A-Za-z]{1,4})(?:\s*(?:号楼|號樓|栋|棟|幢|座|楼|樓|号|號)\s*[-/,.]?\s*|\s*[-/,. ]\s*)(?<u>\d{1,2})(?:\s*(?:单元|單元|门|門)\s*[-/,.]?\s*|\s*[-/,. ]\s*)(?<r>\d{1,5})\s*(?:室|号|號)?$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"[0-9A-Za-z]{1,4}\s*(?:号楼|號樓|栋|棟|幢|座|楼|樓|号|號|-)\s*\d{1,2}\s*(?:单元|單元|门|門|-)\s*\d{1,5}\s*(?:室|号|號)?")]
    private static partial Regex InText();
}
