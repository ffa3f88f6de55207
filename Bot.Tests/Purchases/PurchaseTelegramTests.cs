using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Telegram;
using static Bot.Tests.Purchases.TelegramPurchaseWorld;

namespace Bot.Tests.Purchases;

/// <summary>
/// The purchase conversation through the real host and the real Telegram.Bot client against the loopback Bot API:
/// typed answers and inline-button presses (callback queries), the cadre group, the 接单 button, a restart.
/// </summary>
public sealed class PurchaseTelegramTests
{
    [Fact]
    public async Task Purchase_OverTelegram_WithButtonsAndARestart_IsPostedWithoutAddress_ClaimedByButton_AndDetailsGoPrivately()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        string dataFile;
        await using (var first = await TelegramBotRun.StartAsync(fake))
        {
            dataFile = first.Host.DataFile;
            Seed(first.Host);
            ImportRoster(first.Host);

            Assert.Contains("要买的东西", (await SayAsync(first, Li, ResidentId, "代购")).Single().Text);
            var category = (await SayAsync(first, Li, ResidentId, "布洛芬 1盒\n体温计 1个")).Single();
            Assert.Contains("药品", category.Text);
            Assert.Equal(["药", "菜", "饭", "其他"], category.ButtonData);

            var address = (await PressAsync(first, Li, ResidentId, category, "药")).Single();
            Assert.Contains("3-2-301", address.Text);
            var again = (await SayAsync(first, Li, ResidentId, "我家楼下")).Single();
            Assert.Contains("例如", again.Text);
            Assert.Equal(PurchaseSteps.Address, StepOf(first));

            var phone = (await SayAsync(first, Li, ResidentId, "３号楼２单元３０１室")).Single();
            Assert.Contains("139****5678", phone.Text);
            Assert.Equal(["是", "换", "跳过"], phone.ButtonData);
            Assert.Contains("例如", (await SayAsync(first, Li, ResidentId, "12345")).Single().Text);
            Assert.Equal(PurchaseSteps.Phone, StepOf(first));
            var window = (await SayAsync(first, Li, ResidentId, Phone)).Single();
            Assert.Contains("什么时间", window.Text);
            Assert.Equal(PurchaseSteps.Window, StepOf(first));
        }

        // A second host over the same data file: the resident presses a button of the question asked before the restart.
        await using var run = await TelegramBotRun.StartAsync(fake, dataFile: dataFile);
        Assert.Equal(PurchaseSteps.Window, StepOf(run));
        var windowQuestion = fake.SentTo(ResidentId)[^1];
        var summary = (await PressAsync(run, Li, ResidentId, windowQuestion, windowQuestion.ButtonData[0])).Single();
        Assert.Contains("3号楼2单元301", summary.Text);
        Assert.Contains("139****5678", summary.Text);
        Assert.Equal(["提交", "修改", "取消"], summary.ButtonData);

        var submitted = (await PressAsync(run, Li, ResidentId, summary, "提交")).Single();
        var request = Assert.Single(run.Host.Get<PurchaseStore>().OfResident(Resident(run).Id));
        Assert.Contains($"#{request.Id}", submitted.Text);
        Assert.Equal(PurchaseCategory.Medicine, request.Category);
        Assert.Equal("3-2-301", request.Address.Key);
        Assert.Equal(Phone, request.Phone);

        var post = (await run.SentToAsync(CadreGroup, what: "the request in the cadre group")).Single();
        Assert.Contains($"#{request.Id} · 药品 · 3号楼", post.Text);
        Assert.Equal([$"/claim {request.Id}"], post.ButtonData);
        Assert.Empty(fake.SentTo(ResidentGroup));

        var pressCount = fake.AnsweredCallbacks.Count;
        var claimed = await PressAsync(run, Liu, CadreGroup, post, post.ButtonData.Single());
        Assert.Contains($"#{request.Id}", Assert.Single(claimed).Text);
        Assert.Equal(PurchaseStatus.Claimed, run.Host.Get<PurchaseStore>().Get(request.Id)!.Status);
        Assert.True(fake.AnsweredCallbacks.Count > pressCount);

        var details = fake.SentTo(CadreId).Single();
        Assert.Contains("3号楼2单元301", details.Text);
        Assert.Contains(Phone, details.Text);
        Assert.Contains("布洛芬 1盒", details.Text);
        Assert.Equal([$"/bought {request.Id}", $"/release {request.Id}"], details.ButtonData);
        var told = fake.SentTo(ResidentId)[^1];
        Assert.Contains($"#{request.Id}", told.Text);
        Assert.Contains("接单", told.Text);

        // The slower cadre (known only by @username so far) presses the same button: told who has it, nothing private.
        var late = (await PressAsync(run, Guo, CadreGroup, post, post.ButtonData.Single())).Single();
        Assert.Contains($"#{request.Id} 已经由 刘丰睿 接单", late.Text);
        Assert.Empty(fake.SentTo(OtherCadreId));
        Assert.Equal("郭洋", run.Host.Get<IPeopleStore>().FindByIdentity(ChannelNames.Telegram, $"{OtherCadreId}")!.Name);
        var claimer = run.Host.Get<IPeopleStore>().Get(run.Host.Get<PurchaseStore>().Get(request.Id)!.ClaimerId!)!;
        Assert.Equal($"{CadreId}", claimer.IdentityOn(ChannelNames.Telegram));

        AssertGroupsNeverSawThePrivateParts(fake);
        AssertEveryButtonFitsTelegram(fake);
        AssertEveryCallConformsToTheBotApi(fake);
    }

    [Fact]
    public async Task Purchase_StartedInAGroup_ContinuesInThePrivateChat()
    {
        await using var run = await TelegramBotRun.StartAsync();
        Seed(run.Host);

        var inGroup = (await SayAsync(run, Li, ResidentGroup, "/buy@DutyTestBot")).Single();

        Assert.Contains("私聊", inGroup.Text);
        Assert.Contains("要买的东西", run.Fake.SentTo(ResidentId).Single().Text);
        var category = (await SayAsync(run, Li, ResidentId, "西红柿 2斤")).Single();
        Assert.Contains("蔬菜", category.Text);
        Assert.Single(run.Fake.SentTo(ResidentGroup));
        Assert.Equal(PurchaseSteps.Category, StepOf(run));
    }

    [Fact]
    public async Task Purchase_StartedInAGroupByAResidentTheBotMayNotWriteTo_SaysHowToGoOnPrivately()
    {
        await using var run = await TelegramBotRun.StartAsync();
        Seed(run.Host);
        run.Fake.Block(ResidentId);

        var inGroup = (await SayAsync(run, Li, ResidentGroup, "/buy@DutyTestBot")).Single();

        Assert.Contains("先私聊我", inGroup.Text);
        Assert.Contains(run.Outbox.All(), r => r.ChatId == $"{ResidentId}" && r.Status == OutboxStatus.Failed);
        run.Fake.Unblock(ResidentId);
        Assert.Contains("要买的东西", (await SayAsync(run, Li, ResidentId, "代购")).Single().Text);
        Assert.Contains("药品", (await SayAsync(run, Li, ResidentId, "布洛芬1盒")).Single().Text);
        Assert.Equal(PurchaseSteps.Category, StepOf(run));
    }

    [Fact]
    public async Task Claim_ByACadreTheBotMayNotWriteTo_IsTaken_AndTheGroupSaysHowToGetTheDetails()
    {
        await using var run = await TelegramBotRun.StartAsync();
        Seed(run.Host);
        run.Fake.Block(CadreId);

        var post = await SubmitByTypingAsync(run);
        var claimed = (await PressAsync(run, Liu, CadreGroup, post, post.ButtonData.Single())).Single();

        Assert.Contains("我的接单", claimed.Text);
        Assert.Equal(PurchaseStatus.Claimed, run.Host.Get<PurchaseStore>().OfResident(Resident(run).Id).Single().Status);
        Assert.Empty(run.Fake.SentTo(CadreId));
        Assert.Contains(run.Outbox.All(), r => r.ChatId == $"{CadreId}" && r.Status == OutboxStatus.Failed);
    }

    [Fact]
    public async Task Lifecycle_WithThePrivateButtons_TellsTheResidentAtEachStep_AndTheGroupWhenDelivered()
    {
        await using var run = await TelegramBotRun.StartAsync();
        Seed(run.Host);
        var post = await SubmitByTypingAsync(run);
        await PressAsync(run, Liu, CadreGroup, post, post.ButtonData.Single());
        var id = run.Host.Get<PurchaseStore>().OfResident(Resident(run).Id).Single().Id;
        var details = run.Fake.SentTo(CadreId).Single();

        var bought = (await PressAsync(run, Liu, CadreId, details, $"/bought {id}")).Single();
        Assert.Contains($"#{id} 已买到", run.Fake.SentTo(ResidentId)[^1].Text);

        await PressAsync(run, Liu, CadreId, bought, $"/delivered {id}");
        var delivered = run.Fake.SentTo(ResidentId)[^1];
        Assert.Contains("已放在您家门口", delivered.Text);
        Assert.Contains(run.Fake.SentTo(CadreGroup), m => m.Text.Contains($"#{id}", StringComparison.Ordinal) && m.Text.Contains("送达", StringComparison.Ordinal));

        await PressAsync(run, Li, ResidentId, delivered, $"/received {id}");
        Assert.Equal(PurchaseStatus.Confirmed, run.Host.Get<PurchaseStore>().Get(id)!.Status);
        Assert.Contains($"确认收到 #{id}", run.Fake.SentTo(CadreId)[^1].Text);
        AssertGroupsNeverSawThePrivateParts(run.Fake);
    }
}
