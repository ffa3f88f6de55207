using Bot.Tests.Support.FakeTelegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.Tests.Telegram;

/// <summary>The fake Bot API itself, driven by the real Telegram.Bot client: getUpdates semantics and the other methods.</summary>
public sealed class FakeTelegramServerTests : IAsyncLifetime
{
    private FakeTelegramServer _fake = null!;
    private HttpClient _http = null!;
    private TelegramBotClient _client = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        _http = new HttpClient();
        _client = new TelegramBotClient(new TelegramBotClientOptions(_fake.Token, _fake.BaseUrl.ToString().TrimEnd('/')) { RetryThreshold = 0 }, _http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task GetUpdates_HonoursLimit_AndForgetsWhatTheOffsetConfirms()
    {
        var user = FakeUpdates.User(1, "A");
        var first = _fake.AddUpdate(FakeUpdates.Text(user, 1, "一"));
        _fake.AddUpdate(FakeUpdates.Text(user, 1, "二"));
        var third = _fake.AddUpdate(FakeUpdates.Text(user, 1, "三"));

        var batch = await _client.GetUpdates(limit: 2);
        var again = await _client.GetUpdates(limit: 2);
        var rest = await _client.GetUpdates(offset: batch[^1].Id + 1);

        Assert.Equal([first, first + 1], batch.Select(u => u.Id));
        Assert.Equal(batch.Select(u => u.Id), again.Select(u => u.Id));
        Assert.Equal([third], rest.Select(u => u.Id));
        Assert.Equal("三", rest[0].Message!.Text);
        Assert.Equal(first + 2, _fake.ConfirmedOffset);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsTheUpdateThatArrivesMeanwhile()
    {
        var poll = _client.GetUpdates(timeout: 25);
        await Support.BotTestHost.WaitUntilAsync(() => _fake.Polls == 1, what: "poll waiting");

        var id = _fake.AddUpdate(FakeUpdates.Text(FakeUpdates.User(1, "A"), 1, "hi"));

        Assert.Equal([id], (await poll).Select(u => u.Id));
    }

    [Fact]
    public async Task GetUpdates_WhileAWebhookIsSet_IsAConflict()
    {
        await _client.SetWebhook("https://bot.example.org/telegram/webhook", secretToken: "abc");

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _client.GetUpdates());

        Assert.Equal(409, e.ErrorCode);
        await _client.DeleteWebhook();
        Assert.Empty(await _client.GetUpdates());
    }

    [Fact]
    public async Task EditMessageText_ChangesTheSentMessage_UnknownMessageIs400()
    {
        var sent = await _client.SendMessage(42, "草稿");

        var edited = await _client.EditMessageText(42, sent.MessageId, "定稿");
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => _client.EditMessageText(42, 99_999, "x"));

        Assert.Equal("定稿", edited.Text);
        Assert.Equal("定稿", _fake.SentTo(42).Single().Text);
        Assert.Equal(400, missing.ErrorCode);
    }

    [Fact]
    public async Task GetMe_AnswersAsTheBot_AWrongTokenGets401()
    {
        var me = await _client.GetMe();
        using var other = new HttpClient();
        var stranger = new TelegramBotClient(new TelegramBotClientOptions("1:AAwrongtokenwrongtokenwrong", _fake.BaseUrl.ToString().TrimEnd('/')), other);

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal(_fake.BotUsername, me.Username);
        Assert.True(me.IsBot);
        Assert.Equal(401, e.ErrorCode);
    }
}
