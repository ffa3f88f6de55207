using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Messaging;
using Bot.Host.Channels.Telegram;
using Bot.Tests.Support.FakeTelegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Tests.Telegram;

/// <summary>Photos in (the largest size's file_id, the caption as text) and out (sendPhoto by file_id) over the loopback Bot API.</summary>
public sealed class TelegramPhotoTests : IAsyncLifetime
{
    private static readonly JsonObject Li = FakeUpdates.User(42, "Li", "li_yi");

    private FakeTelegramServer _fake = null!;
    private TelegramConnection _connection = null!;
    private TelegramSender _sender = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        var options = Options.Create(new TelegramOptions { BotToken = _fake.Token, ApiBaseUrl = _fake.BaseUrl.ToString(), SendTimeout = TimeSpan.FromSeconds(10) });
        _connection = new TelegramConnection(options);
        _sender = new TelegramSender(_connection, options, NullLogger<TelegramSender>.Instance);
    }

    public async Task DisposeAsync()
    {
        _connection.Dispose();
        await _fake.DisposeAsync();
    }

    private static TelegramUpdateMapper Mapper() =>
        new(new TelegramBotInfo { Username = "DutyTestBot" }, new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));

    private static Update Parse(JsonObject update)
    {
        update["update_id"] = 7001;
        return JsonSerializer.Deserialize<Update>(update.ToJsonString(), JsonBotAPI.Options)!;
    }

    private static OutgoingMessage PhotoTo(long chat, string fileId, string caption) => new()
    {
        To = new ChatAddress(ChannelNames.Telegram, chat.ToString(System.Globalization.CultureInfo.InvariantCulture), chat > 0 ? ChatKind.Private : ChatKind.Group),
        Text = caption,
        PhotoRef = fileId,
    };

    [Fact]
    public void PhotoUpdate_ConformsToTheSpec()
    {
        var update = FakeUpdates.Photo(Li, 42, "AgACreceipt", "已买到 12");
        update["update_id"] = 1;

        Assert.Empty(BotApiSpec.Instance.CheckType("Update", update));
    }

    [Fact]
    public void Photo_BecomesTheLargestSizesFileId_WithTheCaptionAsText()
    {
        var m = Mapper().Map(Parse(FakeUpdates.Photo(Li, 42, "AgACreceipt", "已买到 12 35"))).Message!;

        Assert.Equal("AgACreceipt", m.Photo);
        Assert.Equal("已买到 12 35", m.Text);
        Assert.Equal(ChatKind.Private, m.Chat.Kind);
        Assert.Equal("42", m.SenderId);
    }

    [Fact]
    public void PhotoWithoutCaption_IsStillAMessage_WithNoText()
    {
        var result = Mapper().Map(Parse(FakeUpdates.Photo(Li, 42, "AgACdoor")));

        Assert.Null(result.Ignored);
        Assert.Equal("AgACdoor", result.Message!.Photo);
        Assert.Null(result.Message.Text);
    }

    [Fact]
    public async Task PhotoRef_IsSentWithSendPhoto_ByFileId_WithCaption_AndConformsToTheSpec()
    {
        _fake.AddUpdate(FakeUpdates.Photo(Li, 42, "AgACreceipt"));
        var message = PhotoTo(1001, "AgACreceipt", "#12 的购物小票。") with { Buttons = [[new Button("确认收到", "/received 12")]] };

        var result = await _sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var sent = _fake.SentTo(1001).Single();
        Assert.Equal("AgACreceipt", sent.Photo);
        Assert.Equal("#12 的购物小票。", sent.Text);
        Assert.Equal(["/received 12"], sent.ButtonData);
        var call = Assert.Single(_fake.Exchanges, e => e.Method == "sendPhoto");
        Assert.Empty(BotApiSpec.Instance.CheckRequest(call.Method, call.Parameters, call.FormEncoded));
        Assert.Empty(BotApiSpec.Instance.CheckResponse(call.Method, call.Response));
    }

    [Fact]
    public async Task PhotoRef_WithTextLongerThanACaption_IsFollowedByTheText()
    {
        _fake.AddUpdate(FakeUpdates.Photo(Li, 42, "AgAClong"));
        var text = new string('菜', TelegramSender.MaxCaptionLength + 1);

        var result = await _sender.SendAsync(PhotoTo(1001, "AgAClong", text), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var sent = _fake.SentTo(1001);
        Assert.Equal(2, sent.Count);
        Assert.Equal("AgAClong", sent[0].Photo);
        Assert.Equal("", sent[0].Text);
        Assert.Null(sent[1].Photo);
        Assert.Equal(text, sent[1].Text);
    }

    [Fact]
    public async Task UnknownFileId_IsRefusedByTelegram_AndReportedPermanent()
    {
        var result = await _sender.SendAsync(PhotoTo(1001, "AgACnever-issued", "x"), CancellationToken.None);

        Assert.Equal(SendOutcome.Permanent, result.Outcome);
        Assert.Empty(_fake.SentTo(1001));
    }
}
