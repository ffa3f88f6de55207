using System.Globalization;
using Bot.Core.People;

namespace Bot.Bench;

/// <summary>
/// What the district sends in the inbound scenario: weighted lines, each for the roles that would send it, and the
/// purchase conversation as a script a resident follows step by step once they start it (代购 → category → address →
/// phone → time → 提交; each resident buys once). Every message gets exactly one reply in the sender's private chat
/// (the driver waits for it); a handover's note to the next cadre is not a reply and the driver skips it.
/// </summary>
internal static class InboundWorkload
{
    private static readonly Role[] Everyone = [Role.Resident, Role.Cadre, Role.Secretary];
    private static readonly Role[] Staff = [Role.Cadre, Role.Secretary];
    private static readonly Role[] Secretaries = [Role.Secretary];
    private static readonly Role[] Residents = [Role.Resident];

    /// <summary>Marks the line that starts <see cref="PurchaseScript"/>.</summary>
    private const string StartPurchase = "代购 布洛芬1盒";

    public static IReadOnlyList<Line> Lines { get; } =
    [
        new(2, Everyone, _ => "帮助"),
        new(1, Everyone, _ => "/help"),
        new(1, Everyone, _ => "语言 简体"),
        new(2, Residents, m => "社区 " + District.Community(m.Community)),
        new(4, Residents, _ => StartPurchase),
        new(1, Residents, _ => "已阅"),
        new(5, Staff, _ => "签到"),
        new(3, Staff, _ => "交接 登记12 测温30 异常0"),
        new(3, Staff, _ => "已阅"),
        new(1, Staff, _ => "/myshifts"),
        new(6, Secretaries, _ => "在岗"),
    ];

    /// <summary>The answers after <see cref="StartPurchase"/>: category, address, keep the phone on file, time, submit.</summary>
    public static IReadOnlyList<Func<Member, string>> PurchaseScript { get; } =
    [
        _ => "药",
        AddressOf,
        _ => "是",
        _ => "尽快",
        _ => "提交",
    ];

    /// <summary>A resident's household as they type it (building-unit-room), different for every resident.</summary>
    public static string AddressOf(Member resident)
    {
        var r = int.Parse(resident.WeComId.AsSpan(1), CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{r / 24 + 1}-{r / 6 % 4 + 1}-{(r % 6 + 1) * 100 + 1}");
    }

    /// <summary>
    /// A deterministic sequence of <paramref name="count"/> (member, text) pairs; a member recurs only after all others.
    /// <paramref name="purchases"/> carries each resident's place in the purchase script from one call to the next.
    /// </summary>
    public static IReadOnlyList<(Member Member, string Text)> Build(IReadOnlyList<Member> members, int count, int seed,
        Dictionary<string, int> purchases)
    {
        var random = new Random(seed);
        var order = members.OrderBy(_ => random.Next()).ToList();
        var result = new List<(Member, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var member = order[i % order.Count];
            if (purchases.TryGetValue(member.WeComId, out var step) && step < PurchaseScript.Count)
            {
                purchases[member.WeComId] = step + 1;
                result.Add((member, PurchaseScript[step](member)));
                continue;
            }

            var candidates = Lines.Where(l => l.Roles.Contains(member.Role) && (l.Text(member) != StartPurchase || !purchases.ContainsKey(member.WeComId))).ToList();
            var pick = random.Next(candidates.Sum(l => l.Weight));
            var line = candidates.First(l => (pick -= l.Weight) < 0);
            var text = line.Text(member);
            if (text == StartPurchase)
            {
                purchases[member.WeComId] = 0;
            }

            result.Add((member, text));
        }

        return result;
    }

    /// <summary>One kind of message: its weight in the mix, who sends it, its text for a given sender.</summary>
    internal sealed record Line(int Weight, IReadOnlyList<Role> Roles, Func<Member, string> Text);
}
