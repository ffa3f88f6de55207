using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

/// <summary>AttachReceiptPhoto / AttachDeliveryPhoto from every state, and which photo a bare photo would be.</summary>
public sealed class PurchaseRequestPhotoTests
{
    private const string ClaimerId = "claimer";
    private static readonly DateTime T0 = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private static PurchaseRequest In(PurchaseStatus status) => new()
    {
        Id = 7, Status = status, ClaimerId = ClaimerId, BoughtAtUtc = T0, DeliveredAtUtc = T0.AddMinutes(5),
    };

    private static PurchasePhoto Photo() => new() { Channel = "console", Ref = "p.jpg", AtUtc = T0 };

    // Names rather than the values: a test's signature cannot carry a feature's internal type.
    public static TheoryData<string> Statuses() => new(Enum.GetNames<PurchaseStatus>());

    [Theory]
    [MemberData(nameof(Statuses))]
    public void AttachReceiptPhoto_IsAllowedOnlyOnceBoughtUntilClosed(string name)
    {
        var status = Enum.Parse<PurchaseStatus>(name);
        var r = In(status);

        var outcome = r.AttachReceiptPhoto(ClaimerId, Photo());

        var allowed = status is PurchaseStatus.Bought or PurchaseStatus.Delivered;
        Assert.Equal(allowed ? PurchaseOutcome.Done : PurchaseOutcome.WrongState, outcome);
        Assert.Equal(allowed, r.ReceiptPhoto is not null);
        Assert.Equal(status, r.Status);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void AttachDeliveryPhoto_IsAllowedOnlyWhenDelivered(string name)
    {
        var status = Enum.Parse<PurchaseStatus>(name);
        var r = In(status);

        var outcome = r.AttachDeliveryPhoto(ClaimerId, Photo());

        Assert.Equal(status == PurchaseStatus.Delivered ? PurchaseOutcome.Done : PurchaseOutcome.WrongState, outcome);
        Assert.Equal(status == PurchaseStatus.Delivered, r.DeliveryPhoto is not null);
    }

    [Fact]
    public void AttachPhoto_BySomeoneElse_IsNotYours()
    {
        var bought = In(PurchaseStatus.Bought);
        var delivered = In(PurchaseStatus.Delivered);

        Assert.Equal(PurchaseOutcome.NotYours, bought.AttachReceiptPhoto("someone", Photo()));
        Assert.Equal(PurchaseOutcome.NotYours, delivered.AttachDeliveryPhoto("someone", Photo()));
        Assert.Null(bought.ReceiptPhoto);
        Assert.Null(delivered.DeliveryPhoto);
    }

    [Fact]
    public void PhotoExpected_FollowsTheLatestEvent_WithinTheWindowOnly()
    {
        Assert.Equal(PurchasePhotoKind.Receipt, In(PurchaseStatus.Bought).PhotoExpected(T0.AddMinutes(10), Window));
        Assert.Null(In(PurchaseStatus.Bought).PhotoExpected(T0.AddMinutes(10).AddSeconds(1), Window));
        Assert.Equal(PurchasePhotoKind.Delivery, In(PurchaseStatus.Delivered).PhotoExpected(T0.AddMinutes(6), Window));
        Assert.Null(In(PurchaseStatus.Delivered).PhotoExpected(T0.AddMinutes(16), Window));
        Assert.Null(In(PurchaseStatus.Claimed).PhotoExpected(T0, Window));
        Assert.Null(In(PurchaseStatus.Confirmed).PhotoExpected(T0.AddMinutes(6), Window));
    }
}
