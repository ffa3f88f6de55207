namespace Bot.Core.Purchases;

/// <summary>What a photo attached to a request shows.</summary>
internal enum PurchasePhotoKind
{
    /// <summary>The receipt, taken when the goods were bought.</summary>
    Receipt = 0,

    /// <summary>The goods left at the door.</summary>
    Delivery = 1,
}
