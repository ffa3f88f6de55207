namespace Bot.Core.Purchases;

/// <summary>The receipt and delivery photos of a request, attached only by its claimer in the right state.</summary>
internal sealed partial class PurchaseRequest
{
    public PurchasePhoto? ReceiptPhoto { get; set; }

    public PurchasePhoto? DeliveryPhoto { get; set; }

    public PurchasePhoto? PhotoOf(PurchasePhotoKind kind) => kind == PurchasePhotoKind.Receipt ? ReceiptPhoto : DeliveryPhoto;

    /// <summary>The receipt, once bought (also after delivery: a receipt may follow the goods); a later one replaces it.</summary>
    public PurchaseOutcome AttachReceiptPhoto(string personId, PurchasePhoto photo)
    {
        ArgumentNullException.ThrowIfNull(photo);
        if (Status is not (PurchaseStatus.Bought or PurchaseStatus.Delivered))
        {
            return PurchaseOutcome.WrongState;
        }

        if (ClaimerId != personId)
        {
            return PurchaseOutcome.NotYours;
        }

        ReceiptPhoto = photo;
        return PurchaseOutcome.Done;
    }

    /// <summary>The goods at the door, once delivered and before the resident confirms; a later one replaces it.</summary>
    public PurchaseOutcome AttachDeliveryPhoto(string personId, PurchasePhoto photo)
    {
        ArgumentNullException.ThrowIfNull(photo);
        if (Status != PurchaseStatus.Delivered)
        {
            return PurchaseOutcome.WrongState;
        }

        if (ClaimerId != personId)
        {
            return PurchaseOutcome.NotYours;
        }

        DeliveryPhoto = photo;
        return PurchaseOutcome.Done;
    }

    /// <summary>
    /// Which photo a bare photo from the claimer would be at <paramref name="nowUtc"/>: the delivery photo within
    /// <paramref name="window"/> of delivering, else the receipt within the window of buying; null when neither.
    /// </summary>
    public PurchasePhotoKind? PhotoExpected(DateTime nowUtc, TimeSpan window)
    {
        bool Recent(DateTime? at) => at is { } t && nowUtc >= t && nowUtc - t <= window;
        return Status switch
        {
            PurchaseStatus.Delivered when Recent(DeliveredAtUtc) => PurchasePhotoKind.Delivery,
            PurchaseStatus.Bought when Recent(BoughtAtUtc) => PurchasePhotoKind.Receipt,
            _ => null,
        };
    }

    /// <summary>When the event a bare photo would belong to happened (for picking the latest of several requests).</summary>
    public DateTime? PhotoEventAtUtc(PurchasePhotoKind kind) => kind == PurchasePhotoKind.Receipt ? BoughtAtUtc : DeliveredAtUtc;
}
