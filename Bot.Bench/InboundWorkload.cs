using Bot.Core.People;

namespace Bot.Bench;

/// <summary>
/// What the district sends in the inbound scenario: weighted lines, each for the roles that would send it. Every line
/// must get exactly one reply in a private chat (the driver waits for it). Feature commands join here when their
/// features are merged, one line each, e.g.
/// <c>new(5, Staff, m =&gt; "签到")</c>, <c>new(3, Staff, m =&gt; "交接")</c>, <c>new(2, Staff, m =&gt; "在岗")</c>,
/// <c>new(3, Everyone, m =&gt; "已阅")</c>, <c>new(3, Residents, m =&gt; "代购")</c> (then its conversation steps).
/// </summary>
internal static class InboundWorkload
{
    private static readonly Role[] Everyone = [Role.Resident, Role.Cadre, Role.Secretary];
    private static readonly Role[] Residents = [Role.Resident];

    public static IReadOnlyList<Line> Lines { get; } =
    [
        new(4, Everyone, _ => "帮助"),
        new(1, Everyone, _ => "/help"),
        new(3, Everyone, _ => "语言 简体"),
        new(3, Residents, m => "社区 " + District.Community(m.Community)),
    ];

    /// <summary>A deterministic sequence of <paramref name="count"/> (member, text) pairs; a member recurs only after all others.</summary>
    public static IReadOnlyList<(Member Member, string Text)> Build(IReadOnlyList<Member> members, int count, int seed)
    {
        var random = new Random(seed);
        var order = members.OrderBy(_ => random.Next()).ToList();
        var result = new List<(Member, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var member = order[i % order.Count];
            var candidates = Lines.Where(l => l.Roles.Contains(member.Role)).ToList();
            var pick = random.Next(candidates.Sum(l => l.Weight));
            var line = candidates.First(l => (pick -= l.Weight) < 0);
            result.Add((member, line.Text(member)));
        }

        return result;
    }

    /// <summary>One kind of message: its weight in the mix, who sends it, its text for a given sender.</summary>
    internal sealed record Line(int Weight, IReadOnlyList<Role> Roles, Func<Member, string> Text);
}
