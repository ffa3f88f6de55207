using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Telegram;
using static Bot.Tests.Purchases.TelegramPurchaseWorld;

namespace Bot.Tests.Purchases;

/// <summary>
/// Receipt and delivery photos through the real host, the real Telegram.Bot client and the loopback Bot API: the
/// cadre's photo (largest size) reaches the resident with sendPhoto by its file_id, and no group ever gets a photo.
/// </summary>
public sealed class PurchaseTelegramPhotoTests
{
    [Fact]
    public async Task ReceiptAndDeliveryPhotos_FromTheClaimer_ReachTheResidentPrivately_AndNoGroupGetsAPhoto()
    {
        await using var run = await TelegramBotRun.StartAsync();
        Seed(run.Host);
        var post = await SubmitByTypingAsync(run);
        await PressAsync(run, Liu, CadreGroup, post, post.ButtonData.Single());
        var id = run.Host.Get<PurchaseStore>().OfResident(Resident(run).Id).Single().Id;
        var details = run.Fake.SentTo(CadreId).Single();
        var bought = (await PressAsync(run, Liu, CadreId, details, $"/bought {id}")).Single();

        // A bare photo right after 已买到: the receipt.
        var receiptAck = (await ExchangeAsync(run, FakeUpdates.Photo(Liu, CadreId, "AgACreceipt77"), CadreId)).Single();
        Assert.Contains($"#{id} 的小票照片", receiptAck.Text);
        var receipt = await OnlyPhotoToResidentAsync(run, "AgACreceipt77");
        Assert.Contains($"#{id} 的购物小票", receipt.Text);

        // Delivered, then the door photo with the command as its caption.
        await PressAsync(run, Liu, CadreId, bought, $"/delivered {id}");
        var doorAck = (await ExchangeAsync(run, FakeUpdates.Photo(Liu, CadreId, "AgACdoor77", $"已送达 {id}"), CadreId)).Single();
        Assert.Contains($"#{id} 的送达照片", doorAck.Text);
        var door = await OnlyPhotoToResidentAsync(run, "AgACdoor77");
        Assert.Contains("门口", door.Text);

        var stored = run.Host.Get<PurchaseStore>().Get(id)!;
        Assert.Equal("AgACreceipt77", stored.ReceiptPhoto!.Ref);
        Assert.Equal("AgACdoor77", stored.DeliveryPhoto!.Ref);
        Assert.Equal(["AgACreceipt77", "AgACdoor77"], run.Fake.Sent.Where(m => m.Photo is not null).Select(m => m.Photo));
        Assert.All(run.Fake.Sent.Where(m => m.ChatId < 0), m => Assert.Null(m.Photo));
        Assert.DoesNotContain(run.Fake.Exchanges, e => e.Method == "sendPhoto" && e.Parameters["chat_id"]?.ToString() != $"{ResidentId}");
        AssertGroupsNeverSawThePrivateParts(run.Fake);
        AssertEveryCallConformsToTheBotApi(run.Fake);
    }

    /// <summary>Waits for the resident's photo with <paramref name="fileId"/>, sent once.</summary>
    private static async Task<FakeSentMessage> OnlyPhotoToResidentAsync(TelegramBotRun run, string fileId)
    {
        await Bot.Tests.Support.BotTestHost.WaitUntilAsync(() => run.Fake.SentTo(ResidentId).Any(m => m.Photo == fileId),
            what: $"photo {fileId} to the resident");
        return run.Fake.SentTo(ResidentId).Single(m => m.Photo == fileId);
    }
}
