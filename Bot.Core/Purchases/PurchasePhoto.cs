namespace Bot.Core.Purchases;

/// <summary>A photo attached to a request: the channel's own file reference, valid only on that channel.</summary>
internal sealed class PurchasePhoto
{
    public string Channel { get; set; } = "";

    public string Ref { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
