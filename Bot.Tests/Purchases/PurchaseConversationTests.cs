using Bot.Core.Messaging;
using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

public sealed class PurchaseConversationTests : IDisposable
{
    private readonly PurchaseBot _bot = new();

    [Fact]
    public void Conversation_WithValidAnswers_SubmitsRequestAndPostsItToCadreGroup()
    {
        var first = _bot.Say(PurchaseBot.Resident, "代购");
        Assert.Contains("要买的东西", first.Single().Text);

        var category = _bot.Say(PurchaseBot.Resident, "布洛芬 1盒\n体温计 1个").Single();
        Assert.Contains("药品", category.Text);
        Assert.Equal(["药", "菜", "饭", "其他"], PurchaseBot.Data(category));

        var address = _bot.Press(PurchaseBot.Resident, "药").Single();
        Assert.Contains("3-2-301", address.Text);

        var phone = _bot.Say(PurchaseBot.Resident, "３号楼２单元３０１室").Single();
        Assert.Contains("139****5678", phone.Text);

        Assert.Contains("什么时间", _bot.Press(PurchaseBot.Resident, "是").Single().Text);
        var summary = _bot.Press(PurchaseBot.Resident, "今天下午").Single();
        Assert.Contains("3号楼2单元301", summary.Text);
        Assert.Contains("今天下午", summary.Text);
        Assert.Equal(["提交", "修改", "取消"], PurchaseBot.Data(summary));

        var submitted = _bot.Press(PurchaseBot.Resident, "提交");

        var request = Assert.Single(_bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id));
        Assert.Equal(PurchaseStatus.New, request.Status);
        Assert.Equal(PurchaseCategory.Medicine, request.Category);
        Assert.Equal("布洛芬 1盒\n体温计 1个", request.Items);
        Assert.Equal("3-2-301", request.Address.Key);
        Assert.Equal(PurchaseBot.ResidentPhone, request.Phone);
        Assert.Contains($"#{request.Id}", PurchaseBot.To(submitted, PurchaseBot.Resident).Single().Text);
        var post = PurchaseBot.To(submitted, PurchaseBot.CadreGroup).Single();
        Assert.Contains($"#{request.Id} · 药品 · 3号楼 · 布洛芬 1盒、体温计 1个", post.Text);
        Assert.Equal([$"/claim {request.Id}"], PurchaseBot.Data(post));
        Assert.Null(_bot.StepOf(PurchaseBot.Resident));
    }

    [Fact]
    public void Conversation_InvalidAnswerAtEachStep_IsAskedAgainWithAnExample()
    {
        Assert.Contains("例如", _bot.Say(PurchaseBot.Resident, "代购").Single().Text);
        Assert.Contains("例如", _bot.Say(PurchaseBot.Resident, "。。。").Single().Text);
        Assert.Contains("例如", _bot.Say(PurchaseBot.Resident, new string('米', PurchaseFlow.MaxItemsLength + 1)).Single().Text);
        Assert.Equal(PurchaseSteps.Items, _bot.StepOf(PurchaseBot.Resident));

        _bot.Say(PurchaseBot.Resident, "鸡蛋10个");
        var wrongCategory = _bot.Say(PurchaseBot.Resident, "随便").Single();
        Assert.Contains("例如", wrongCategory.Text);
        Assert.Equal(PurchaseSteps.Category, _bot.StepOf(PurchaseBot.Resident));

        _bot.Press(PurchaseBot.Resident, "是");
        Assert.Contains("例如", _bot.Say(PurchaseBot.Resident, "我家楼下").Single().Text);
        Assert.Equal(PurchaseSteps.Address, _bot.StepOf(PurchaseBot.Resident));

        _bot.Say(PurchaseBot.Resident, "3-2-301");
        _bot.Press(PurchaseBot.Resident, "换");
        Assert.Contains("例如", _bot.Say(PurchaseBot.Resident, "12345").Single().Text);
        Assert.Equal(PurchaseSteps.Phone, _bot.StepOf(PurchaseBot.Resident));

        _bot.Say(PurchaseBot.Resident, "+86 138-1234-5678");
        Assert.Contains("例如", _bot.Say(PurchaseBot.Resident, new string('早', PurchaseFlow.MaxWindowLength + 1)).Single().Text);
        Assert.Equal(PurchaseSteps.Window, _bot.StepOf(PurchaseBot.Resident));

        _bot.Say(PurchaseBot.Resident, "18:00前");
        Assert.Contains("提交", _bot.Say(PurchaseBot.Resident, "嗯").Single().Text);
        Assert.Equal(PurchaseSteps.Summary, _bot.StepOf(PurchaseBot.Resident));

        _bot.Press(PurchaseBot.Resident, "提交");
        var request = Assert.Single(_bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id));
        Assert.Equal(PurchaseCategory.Vegetables, request.Category);
        Assert.Equal("13812345678", request.Phone);
        Assert.Equal("18:00前", request.TimeWindow);
    }

    [Theory]
    [InlineData(PurchaseSteps.Items)]
    [InlineData(PurchaseSteps.Category)]
    [InlineData(PurchaseSteps.Address)]
    [InlineData(PurchaseSteps.PhoneConfirm)]
    [InlineData(PurchaseSteps.Window)]
    [InlineData(PurchaseSteps.Summary)]
    public void Cancel_AtAnyStep_EndsTheConversationWithoutARequest(string step)
    {
        var answers = new Queue<string>(["代购", "布洛芬1盒", "药", "3-2-301", "是", "尽快"]);
        while (_bot.StepOf(PurchaseBot.Resident) != step)
        {
            _bot.Say(PurchaseBot.Resident, answers.Dequeue());
        }

        var reply = _bot.Press(PurchaseBot.Resident, "取消").Single();

        Assert.Equal("已取消。", reply.Text);
        Assert.Null(_bot.StepOf(PurchaseBot.Resident));
        Assert.Empty(_bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id));
        Assert.Empty(_bot.GroupTexts());
    }

    [Fact]
    public void Restart_MidConversation_ContinuesAtTheSameStep()
    {
        _bot.Say(PurchaseBot.Resident, "买菜");
        _bot.Say(PurchaseBot.Resident, "西红柿2斤");
        _bot.Press(PurchaseBot.Resident, "菜");

        _bot.Harness.Restart();

        Assert.Equal(PurchaseSteps.Address, _bot.StepOf(PurchaseBot.Resident));
        Assert.Contains("139****5678", _bot.Say(PurchaseBot.Resident, "3-2-301").Single().Text);
        _bot.Press(PurchaseBot.Resident, "跳过");
        _bot.Press(PurchaseBot.Resident, "尽快");
        _bot.Press(PurchaseBot.Resident, "提交");
        var request = Assert.Single(_bot.Store.OfResident(_bot.Person(PurchaseBot.Resident).Id));
        Assert.Equal("西红柿2斤", request.Items);
        Assert.Equal(PurchaseCategory.Vegetables, request.Category);
        Assert.Null(request.Phone);
    }

    [Fact]
    public void IdleConversation_ExpiresWithAMessage_WhenThePersonWritesAgain()
    {
        _bot.Say(PurchaseBot.Resident, "代购");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(31));

        var replies = _bot.Say(PurchaseBot.Resident, "布洛芬1盒");

        Assert.Contains(replies, m => m.Text == PurchasesTexts.Expired.ZhHans);
        Assert.Null(_bot.StepOf(PurchaseBot.Resident));
    }

    [Fact]
    public void IdleSweep_TellsThePersonOnce_WithoutWaitingForTheirNextMessage()
    {
        _bot.Say(PurchaseBot.Resident, "代购");
        var sweep = _bot.Harness.Get<IdleConversationSweep>();
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, sweep.Run());

        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(1, sweep.Run());
        Assert.Equal(0, sweep.Run());
        var sent = _bot.Harness.TakeSent().Single();
        Assert.Equal(PurchasesTexts.Expired.ZhHans, sent.Text);
        Assert.Equal(ChatAddress.PrivateTo(ChannelNames.Console, PurchaseBot.Resident), sent.To);
        Assert.Null(_bot.StepOf(PurchaseBot.Resident));
    }

    public void Dispose() => _bot.Dispose();
}
