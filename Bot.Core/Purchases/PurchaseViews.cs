using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// How requests read. <see cref="PublicLine"/> is the only form that goes to groups: category, building and a cleaned
/// start of the items, never the address or the phone.
/// </summary>
internal static partial class PurchaseViews
{
    private const int ShortItemsLength = 20;

    public static Text StatusName(PurchaseStatus status) => status switch
    {
        PurchaseStatus.New => PurchasesTexts.StatusNew,
        PurchaseStatus.Claimed => PurchasesTexts.StatusClaimed,
        PurchaseStatus.Bought => PurchasesTexts.StatusBought,
        PurchaseStatus.Delivered => PurchasesTexts.StatusDelivered,
        PurchaseStatus.Confirmed => PurchasesTexts.StatusConfirmed,
        PurchaseStatus.AutoClosed => PurchasesTexts.StatusAutoClosed,
        _ => PurchasesTexts.StatusCancelled,
    };

    /// <summary><c>#12 · 药品 · 3号楼 · 布洛芬1盒…</c>, with a priority mark in front when flagged.</summary>
    public static string PublicLine(PurchaseRequest request, Language language, bool priority)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mark = priority ? PurchasesTexts.PriorityMark.Get(language) : "";
        return $"{mark}#{request.Id} · {PurchaseCategories.Label(request.Category).Get(language)} · "
            + $"{request.Address.BuildingOnly(language)} · {ShortItems(request.Items)}";
    }

    /// <summary>Everything about a request, for a private chat; the address and phone only when <paramref name="showPrivate"/>.</summary>
    public static string Details(PurchaseRequest request, Language language, bool showPrivate)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hidden = PurchasesTexts.Hidden.Get(language);
        var address = showPrivate ? request.Address.Full(language) : request.Address.BuildingOnly(language) + hidden;
        var phone = request.Phone is null ? PurchasesTexts.NoPhone.Get(language)
            : showPrivate ? request.Phone : PhoneNumbers.Mask(request.Phone);
        var status = StatusName(request.Status).Get(language)
            + (request.ClaimerName is { } c ? PurchasesTexts.ClaimerPart.Format(language, c) : "");
        return PurchasesTexts.Details.Format(language, request.Id, PurchaseCategories.Label(request.Category).Get(language),
            showPrivate ? request.Items : Clean(request.Items), address, phone,
            showPrivate ? request.TimeWindow : Clean(request.TimeWindow), request.ResidentName, status);
    }

    /// <summary>The start of the items on one line, without anything that looks like a phone or an address.</summary>
    public static string ShortItems(string items)
    {
        var oneLine = string.Join("、", Clean(items).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= ShortItemsLength ? oneLine : oneLine[..ShortItemsLength] + "…";
    }

    /// <summary>Masks phone numbers and hides addresses a resident may have typed into the items.</summary>
    public static string Clean(string text) =>
        HouseholdAddress.Redact(Mobile().Replace(text ?? "", m => PhoneNumbers.Mask(m.Value)));

    /// <summary>How long, as people read it: <c>25分钟</c>, <c>1小时5分</c> (<see cref="Durations"/>).</summary>
    public static string Duration(TimeSpan span, Language language) => Durations.Format(span, language);

    /// <summary>A local time as people read it: <c>3月4日 09:00</c> / <c>Mar 4, 09:00</c>.</summary>
    public static string LocalTime(DateTimeOffset local, Language language) => language == Language.English
        ? local.ToString("MMM d, HH:mm", CultureInfo.InvariantCulture)
        : local.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();
}
