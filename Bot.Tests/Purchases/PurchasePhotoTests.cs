using Bot.Core.Messaging;
using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

/// <summary>Receipt and delivery photos: attached by the claimer, forwarded to the resident privately, never to a group.</summary>
public sealed class PurchasePhotoTests : IDisposable
{
    private readonly PurchaseBot _bot = new();

    private PurchaseRequest Claimed()
    {
        var r = _bot.Submit();
        _bot.Press(PurchaseBot.Cadre, $"/claim {r.Id}", PurchaseBot.CadreGroup);
        return r;
    }

    private IReadOnlyList<OutgoingMessage> Photo(string name, string photo, string? caption = null, string? group = null) =>
        _bot.Harness.SendPhoto(name, photo, caption, group);

    [Fact]
    public void ReceiptPhoto_SentWithinTheWindowAfterBought_IsAttached_AndForwardedToTheResidentPrivately()
    {
        var r = Claimed();
        _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id} 35");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(9));

        var sent = Photo(PurchaseBot.Cadre, "receipt-1.jpg");

        var toResident = PurchaseBot.To(sent, PurchaseBot.Resident).Single();
        Assert.Equal("receipt-1.jpg", toResident.PhotoRef);
        Assert.Equal(ChatKind.Private, toResident.To.Kind);
        Assert.Contains($"#{r.Id} 的购物小票", toResident.Text, StringComparison.Ordinal);
        Assert.Contains($"已把 #{r.Id} 的小票照片转给居民", PurchaseBot.To(sent, PurchaseBot.Cadre).Single().Text, StringComparison.Ordinal);
        Assert.Equal(2, sent.Count);
        var stored = _bot.Store.Get(r.Id)!;
        Assert.Equal("receipt-1.jpg", stored.ReceiptPhoto!.Ref);
        Assert.Equal(ChannelNames.Console, stored.ReceiptPhoto.Channel);
        Assert.Null(stored.DeliveryPhoto);
        Assert.Equal(PurchaseStatus.Bought, stored.Status);
    }

    [Fact]
    public void DeliveryPhoto_SentAfterDelivered_IsAttached_AndForwardedToTheResident()
    {
        var r = Claimed();
        _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id}");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(30));
        _bot.Say(PurchaseBot.Cadre, $"已送达 {r.Id}");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(1));

        var sent = Photo(PurchaseBot.Cadre, "door-1.jpg");

        var toResident = PurchaseBot.To(sent, PurchaseBot.Resident).Single();
        Assert.Equal("door-1.jpg", toResident.PhotoRef);
        Assert.Contains("门口", toResident.Text, StringComparison.Ordinal);
        Assert.Equal("door-1.jpg", _bot.Store.Get(r.Id)!.DeliveryPhoto!.Ref);
        Assert.Null(_bot.Store.Get(r.Id)!.ReceiptPhoto);
    }

    [Fact]
    public void PhotoAfterTheWindow_IsNotAttached_AndTheClaimerGetsAHint()
    {
        var r = Claimed();
        _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id}");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(11));

        var sent = Photo(PurchaseBot.Cadre, "late.jpg");

        var hint = Assert.Single(sent);
        Assert.Equal(PurchaseBot.Cadre, hint.To.ChatId);
        Assert.Contains("没有附到代购上", hint.Text, StringComparison.Ordinal);
        Assert.Contains($"「已买到 {r.Id}」", hint.Text, StringComparison.Ordinal);
        Assert.Null(_bot.Store.Get(r.Id)!.ReceiptPhoto);
    }

    [Fact]
    public void PhotoCaptionedBought_WhileClaimed_MarksBought_AndAttachesTheReceipt()
    {
        var r = Claimed();

        var sent = Photo(PurchaseBot.Cadre, "receipt-2.jpg", $"已买到 {r.Id} 12.5");

        var stored = _bot.Store.Get(r.Id)!;
        Assert.Equal(PurchaseStatus.Bought, stored.Status);
        Assert.Equal(12.5m, stored.Amount);
        Assert.Equal("receipt-2.jpg", stored.ReceiptPhoto!.Ref);
        var toResident = PurchaseBot.To(sent, PurchaseBot.Resident);
        Assert.Equal(2, toResident.Count);
        Assert.Contains("花费 12.5 元", toResident[0].Text, StringComparison.Ordinal);
        Assert.Null(toResident[0].PhotoRef);
        Assert.Equal("receipt-2.jpg", toResident[1].PhotoRef);
    }

    [Fact]
    public void PhotoCaptionedDelivered_LongAfterDelivering_StillAttachesTheDeliveryPhoto()
    {
        var r = Claimed();
        _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id}");
        _bot.Say(PurchaseBot.Cadre, $"已送达 {r.Id}");
        _bot.Harness.Time.Advance(TimeSpan.FromHours(2));

        var sent = Photo(PurchaseBot.Cadre, "door-2.jpg", $"已送达 {r.Id}");

        Assert.Equal("door-2.jpg", PurchaseBot.To(sent, PurchaseBot.Resident).Single().PhotoRef);
        Assert.Equal("door-2.jpg", _bot.Store.Get(r.Id)!.DeliveryPhoto!.Ref);
        Assert.Equal(PurchaseStatus.Delivered, _bot.Store.Get(r.Id)!.Status);
    }

    [Fact]
    public void PhotoCaptionedBought_ByACadreWhoDidNotClaimIt_IsRefused_AndNothingReachesTheResident()
    {
        var r = Claimed();
        _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id}");

        var sent = Photo(PurchaseBot.OtherCadre, "other.jpg", $"已买到 {r.Id}");

        Assert.Empty(PurchaseBot.To(sent, PurchaseBot.Resident));
        Assert.Contains("不是您接的单", PurchaseBot.To(sent, PurchaseBot.OtherCadre).Single().Text, StringComparison.Ordinal);
        Assert.Null(_bot.Store.Get(r.Id)!.ReceiptPhoto);
    }

    [Fact]
    public void BarePhotoFromAnotherCadre_InTheWindow_IsNotTakenForTheClaimersRequest()
    {
        var r = Claimed();
        _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id}");

        var sent = Photo(PurchaseBot.OtherCadre, "other.jpg");

        Assert.Empty(PurchaseBot.To(sent, PurchaseBot.Resident));
        Assert.Null(_bot.Store.Get(r.Id)!.ReceiptPhoto);
    }

    [Fact]
    public void ResidentsPhotoDuringTheConversation_IsReadAsItsCaption()
    {
        _bot.Say(PurchaseBot.Resident, "代购");

        var sent = Photo(PurchaseBot.Resident, "box.jpg", "布洛芬1盒");

        Assert.Contains("药品", sent.Single().Text, StringComparison.Ordinal);
        Assert.Equal(PurchaseSteps.Category, _bot.StepOf(PurchaseBot.Resident));
    }

    [Fact]
    public void Privacy_PhotosInAFullScenario_GoOnlyToTheResidentPrivately_EvenWhenSentInTheCadreGroup()
    {
        var r = Claimed();
        _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id} 20", PurchaseBot.CadreGroup);
        Photo(PurchaseBot.Cadre, "receipt-3.jpg", $"已买到 {r.Id}", PurchaseBot.CadreGroup);
        Photo(PurchaseBot.Cadre, "ignored-in-group.jpg", group: PurchaseBot.CadreGroup);
        _bot.Press(PurchaseBot.Cadre, $"/delivered {r.Id}");
        Photo(PurchaseBot.Cadre, "door-3.jpg");
        _bot.Press(PurchaseBot.Resident, $"/received {r.Id}");

        var all = _bot.Harness.AllSent();
        var photos = all.Where(m => m.PhotoRef is not null).ToList();
        Assert.Equal(["receipt-3.jpg", "door-3.jpg"], photos.Select(m => m.PhotoRef));
        Assert.All(photos, m => Assert.Equal(ChatAddress.PrivateTo(ChannelNames.Console, PurchaseBot.Resident), m.To));
        var groupMessages = all.Where(m => m.To.Kind == ChatKind.Group).ToList();
        Assert.NotEmpty(groupMessages);
        Assert.All(groupMessages, m =>
        {
            Assert.Null(m.PhotoRef);
            Assert.DoesNotContain(".jpg", m.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("301", m.Text, StringComparison.Ordinal);
        });
        Assert.Equal(PurchaseStatus.Confirmed, _bot.Store.Get(r.Id)!.Status);
    }

    public void Dispose() => _bot.Dispose();
}
