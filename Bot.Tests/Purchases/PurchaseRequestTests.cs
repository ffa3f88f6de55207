using Bot.Core.People;
using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

/// <summary>Every named operation from every state: the allowed transitions and the refused ones.</summary>
public sealed class PurchaseRequestTests
{
    private const string ResidentId = "resident";
    private const string ClaimerId = "claimer";
    private static readonly DateTime T0 = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    /// <summary>Names rather than the values: a test's signature cannot carry a feature's internal type.</summary>
    public static TheoryData<string, string, string, string> Transitions()
    {
        var data = new TheoryData<string, string, string, string>();
        var allowed = new Dictionary<string, (PurchaseStatus From, PurchaseStatus To)[]>
        {
            ["claim"] = [(PurchaseStatus.New, PurchaseStatus.Claimed)],
            ["release"] = [(PurchaseStatus.Claimed, PurchaseStatus.New)],
            ["bought"] = [(PurchaseStatus.Claimed, PurchaseStatus.Bought)],
            ["delivered"] = [(PurchaseStatus.Claimed, PurchaseStatus.Delivered), (PurchaseStatus.Bought, PurchaseStatus.Delivered)],
            ["confirm"] = [(PurchaseStatus.Delivered, PurchaseStatus.Confirmed)],
            ["cancel"] = [(PurchaseStatus.New, PurchaseStatus.Cancelled), (PurchaseStatus.Claimed, PurchaseStatus.Cancelled)],
            ["autoclose"] = [(PurchaseStatus.Delivered, PurchaseStatus.AutoClosed)],
        };
        foreach (var (operation, moves) in allowed)
        {
            foreach (var from in Enum.GetValues<PurchaseStatus>())
            {
                var to = moves.Where(m => m.From == from).Select(m => (PurchaseStatus?)m.To).FirstOrDefault();
                data.Add(operation, from.ToString(), (to is null ? PurchaseOutcome.WrongState : PurchaseOutcome.Done).ToString(), (to ?? from).ToString());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Operation_FromEachState_IsAllowedOnlyWhereTheLifecycleSaysSo(string operation, string fromName, string expectedName, string afterName)
    {
        var (from, expected, after) = (Enum.Parse<PurchaseStatus>(fromName), Enum.Parse<PurchaseOutcome>(expectedName), Enum.Parse<PurchaseStatus>(afterName));
        var r = In(from);

        var outcome = Apply(r, operation, ClaimerId, ResidentId);

        Assert.Equal(expected, outcome);
        Assert.Equal(after, r.Status);
    }

    [Theory]
    [InlineData("release", nameof(PurchaseStatus.Claimed))]
    [InlineData("bought", nameof(PurchaseStatus.Claimed))]
    [InlineData("delivered", nameof(PurchaseStatus.Claimed))]
    [InlineData("delivered", nameof(PurchaseStatus.Bought))]
    [InlineData("confirm", nameof(PurchaseStatus.Delivered))]
    [InlineData("cancel", nameof(PurchaseStatus.New))]
    [InlineData("cancel", nameof(PurchaseStatus.Claimed))]
    public void Operation_BySomeoneElse_IsRefusedAndChangesNothing(string operation, string fromName)
    {
        var from = Enum.Parse<PurchaseStatus>(fromName);
        var r = In(from);

        var outcome = Apply(r, operation, "another-cadre", "another-resident");

        Assert.Equal(PurchaseOutcome.NotYours, outcome);
        Assert.Equal(from, r.Status);
    }

    [Fact]
    public void AutoClose_BeforeTheDeadline_IsRefused()
    {
        var r = In(PurchaseStatus.Delivered);

        Assert.Equal(PurchaseOutcome.WrongState, r.AutoClose(r.DeliveredAtUtc!.Value + Day - TimeSpan.FromMinutes(1), Day));
        Assert.Equal(PurchaseStatus.Delivered, r.Status);
    }

    [Fact]
    public void Release_PutsTheRequestBackInThePool_WithTheReasonAndANewRound()
    {
        var r = In(PurchaseStatus.Claimed);

        r.Release(ClaimerId, "临时有值守任务", T0.AddMinutes(40));

        Assert.Null(r.ClaimerId);
        Assert.Equal(T0.AddMinutes(40), r.PooledAtUtc);
        Assert.Equal(1, r.PoolRound);
        Assert.Equal("临时有值守任务", Assert.Single(r.Releases).Reason);
        Assert.Equal(T0.AddMinutes(10), r.FirstClaimedAtUtc);
    }

    private static PurchaseOutcome Apply(PurchaseRequest r, string operation, string claimerId, string residentId)
    {
        var now = T0.AddDays(3);
        return operation switch
        {
            "claim" => r.Claim(new Person { Id = claimerId, Name = "刘丰睿" }, now),
            "release" => r.Release(claimerId, "有事", now),
            "bought" => r.MarkBought(claimerId, 12.5m, now),
            "delivered" => r.MarkDelivered(claimerId, now),
            "confirm" => r.Confirm(residentId, now),
            "cancel" => r.Cancel(residentId, now),
            "autoclose" => r.AutoClose(now, Day),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }

    /// <summary>A request in a given state, with the fields that state implies.</summary>
    private static PurchaseRequest In(PurchaseStatus status)
    {
        var claimed = status is not (PurchaseStatus.New or PurchaseStatus.Cancelled);
        return new PurchaseRequest
        {
            Id = 1,
            ResidentId = ResidentId,
            Status = status,
            CreatedAtUtc = T0,
            PooledAtUtc = T0,
            ClaimerId = claimed ? ClaimerId : null,
            ClaimerName = claimed ? "刘丰睿" : null,
            FirstClaimedAtUtc = claimed ? T0.AddMinutes(10) : null,
            DeliveredAtUtc = status is PurchaseStatus.Delivered or PurchaseStatus.Confirmed or PurchaseStatus.AutoClosed ? T0.AddHours(2) : null,
        };
    }
}
