using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>Texts of receipt and delivery photos.</summary>
internal static partial class PurchasesTexts
{
    public static readonly Text ReceiptPhotoCaption = new(
        "#{0} 的购物小票。", "#{0} 的購物小票。", "The receipt for #{0}.");

    public static readonly Text DeliveryPhotoCaption = new(
        "#{0} 已放在您家门口，这是送达时拍的照片。", "#{0} 已放在您家門口，這是送達時拍的照片。",
        "#{0} is at your door; this photo was taken on delivery.");

    public static readonly Text ReceiptPhotoElsewhere = new(
        "#{0} 的志愿者拍了购物小票照片，但它发在另一个聊天工具里，无法转给您；需要时请向志愿者索取。",
        "#{0} 的志願者拍了購物小票照片，但它發在另一個聊天工具裡，無法轉給您；需要時請向志願者索取。",
        "The volunteer took a photo of the receipt for #{0}, but on another messenger, so it cannot be passed on here; ask them if you need it.");

    public static readonly Text DeliveryPhotoElsewhere = new(
        "#{0} 的志愿者拍了送达照片，但它发在另一个聊天工具里，无法转给您。",
        "#{0} 的志願者拍了送達照片，但它發在另一個聊天工具裡，無法轉給您。",
        "The volunteer took a photo of #{0} at your door, but on another messenger, so it cannot be passed on here.");

    public static readonly Text ReceiptPhotoForwarded = new(
        "已把 #{0} 的小票照片转给居民。", "已把 #{0} 的小票照片轉給居民。", "The receipt photo for #{0} went to the resident.");

    public static readonly Text DeliveryPhotoForwarded = new(
        "已把 #{0} 的送达照片转给居民。", "已把 #{0} 的送達照片轉給居民。", "The delivery photo for #{0} went to the resident.");

    public static readonly Text PhotoForWhichRequest = new(
        "这张照片没有附到代购上：已经超过了{1}。请重新发送，并在照片说明里写「已买到 {0}」（小票）或「已送达 {0}」（送达照片）。",
        "這張照片沒有附到代購上：已經超過了{1}。請重新發送，並在照片說明裡寫「已買到 {0}」（小票）或「已送達 {0}」（送達照片）。",
        "This photo was not attached: more than {1} have passed. Send it again with the caption /bought {0} (receipt) or /delivered {0} (at the door).");

    public static readonly Text CannotAttachPhoto = new(
        "#{0} 现在是「{1}」，不能附这张照片。", "#{0} 現在是「{1}」，不能附這張照片。", "#{0} is {1}; this photo cannot be attached to it.");
}
