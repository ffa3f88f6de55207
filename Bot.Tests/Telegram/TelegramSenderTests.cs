using System.Text;
using Bot.Core.Messaging;
using Bot.Host.Channels.Telegram;
using Bot.Tests.Support.FakeTelegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Telegram;

/// <summary>The sender with the real Telegram.Bot client against the loopback fake: how each answer is reported.</summary>
public sealed class TelegramSenderTests : IAsyncLifetime
{
    private FakeTelegramServer _fake = null!;
    private TelegramConnection _connection = null!;
    private TelegramSender _sender = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        var options = Options.Create(new TelegramOptions
        {
            BotToken = _fake.Token,
            ApiBaseUrl = _fake.BaseUrl.ToString(),
            // Long enough for a loaded CI machine, short enough for the Delay case (the fake holds it 20 s).
            SendTimeout = TimeSpan.FromSeconds(5),
        });
        _connection = new TelegramConnection(options);
        _sender = new TelegramSender(_connection, options, NullLogger<TelegramSender>.Instance);
    }

    public async Task DisposeAsync()
    {
        _connection.Dispose();
        await _fake.DisposeAsync();
    }

    private static OutgoingMessage To(long chat, string text, string? thread = null) =>
        OutgoingMessage.Simple(new ChatAddress(ChannelNames.Telegram, chat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            chat > 0 ? ChatKind.Private : ChatKind.Group, thread), text);

    [Fact]
    public async Task Buttons_BecomeInlineKeyboard_WithCallbackData()
    {
        var message = To(42, "选一个") with { Buttons = [[new Button("领取", "/claim 12"), new Button("放弃", "/drop 12")]] };

        var result = await _sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(["/claim 12", "/drop 12"], _fake.SentTo(42).Single().ButtonData);
    }

    [Fact]
    public void CallbackData_LongerThan64Bytes_IsCutAtACharacterBoundary()
    {
        var data = "/claim " + new string('订', 30);

        var fitted = TelegramSender.FitData(data);

        Assert.True(Encoding.UTF8.GetByteCount(fitted) <= Button.MaxDataBytes);
        Assert.StartsWith(fitted, data, StringComparison.Ordinal);
        Assert.Equal("/claim 12", TelegramSender.FitData("/claim 12"));
    }

    [Fact]
    public async Task Document_IsUploadedAsMultipart_WithCaptionAndThread()
    {
        var bytes = Encoding.UTF8.GetBytes("姓名,电话\n李姨,139****5678\n");
        var message = To(-1001234, "排班表", thread: "7") with { File = new OutgoingFile("排班.csv", "text/csv", bytes) };

        var result = await _sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var sent = _fake.SentTo(-1001234).Single();
        Assert.Equal("排班.csv", sent.Document!.FileName);
        Assert.Equal(bytes, sent.Document.Content);
        Assert.Equal("排班表", sent.Text);
        Assert.Equal(7, sent.ThreadId);
    }

    [Fact]
    public async Task Document_WithTextLongerThanACaption_IsFollowedByTheText()
    {
        var text = new string('字', TelegramSender.MaxCaptionLength + 1);
        var message = To(42, text) with { File = new OutgoingFile("a.txt", "text/plain", [1]) };

        var result = await _sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var sent = _fake.SentTo(42);
        Assert.Equal(2, sent.Count);
        Assert.Equal(("a.txt", ""), (sent[0].Document!.FileName, sent[0].Text));
        Assert.Equal(text, sent[1].Text);
    }

    [Fact]
    public async Task TooManyRequests_IsThrottledForRetryAfter()
    {
        await using var strict = await FakeTelegramServer.StartAsync(new FakeTelegramLimits { PrivateChatPerSecond = 1 });
        var options = Options.Create(new TelegramOptions { BotToken = strict.Token, ApiBaseUrl = strict.BaseUrl.ToString() });
        using var connection = new TelegramConnection(options);
        var sender = new TelegramSender(connection, options, NullLogger<TelegramSender>.Instance);

        var first = await sender.SendAsync(To(42, "一"), CancellationToken.None);
        var second = await sender.SendAsync(To(42, "二"), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, first.Outcome);
        Assert.Equal(SendOutcome.Throttled, second.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(1), second.RetryAfter);
        Assert.Single(strict.SentTo(42));
    }

    [Fact]
    public async Task BlockedByUser_IsRefusedForGood()
    {
        _fake.Block(42);

        var result = await _sender.SendAsync(To(42, "你好"), CancellationToken.None);

        Assert.Equal(SendOutcome.Permanent, result.Outcome);
        Assert.Contains("403", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextOverTelegramLimit_IsRefusedAsBadRequest()
    {
        var result = await _sender.SendAsync(To(42, new string('字', 4097)), CancellationToken.None);

        Assert.Equal(SendOutcome.Permanent, result.Outcome);
        Assert.Contains("400", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FakeFaultKind.ServerError)]
    [InlineData(FakeFaultKind.Drop)]
    [InlineData(FakeFaultKind.Delay)]
    public async Task ServerErrorDropOrTimeout_IsTransient_AndNothingWasDelivered(FakeFaultKind kind)
    {
        _fake.InjectFault(new FakeFault("sendMessage", kind, Delay: TimeSpan.FromSeconds(20)));

        var result = await _sender.SendAsync(To(42, "你好"), CancellationToken.None);

        Assert.Equal(SendOutcome.Transient, result.Outcome);
        Assert.Empty(_fake.SentTo(42));
        Assert.Equal(SendOutcome.Sent, (await _sender.SendAsync(To(42, "你好"), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task EveryCallAndAnswer_ConformsToTheBotApiSpec()
    {
        await _sender.SendAsync(To(42, "一") with { Buttons = [[new Button("好", "/ok")]] }, CancellationToken.None);
        await _sender.SendAsync(To(-1001234, "二", thread: "3") with { File = new OutgoingFile("a.txt", "text/plain", [1, 2, 3]) }, CancellationToken.None);
        _fake.Block(43);
        await _sender.SendAsync(To(43, "三"), CancellationToken.None);

        var exchanges = _fake.Exchanges;
        Assert.Equal(3, exchanges.Count);
        foreach (var e in exchanges)
        {
            Assert.Empty(BotApiSpec.Instance.CheckRequest(e.Method, e.Parameters, e.FormEncoded));
            Assert.Empty(BotApiSpec.Instance.CheckResponse(e.Method, e.Response));
        }
    }
}
