using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Host.Channels.WeCom;
using Bot.Tests.Support.FakeWeCom;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.WeCom;

/// <summary>A real <see cref="WeComSender"/> and API client talking HTTP to a loopback <see cref="FakeWeComApi"/>.</summary>
internal sealed class WeComSenderRig : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly string _dataFile = Path.Combine(Path.GetTempPath(), "wecom-rig-" + Guid.NewGuid().ToString("N") + ".db");

    private WeComSenderRig(FakeWeComApi fake, WeComOptions options)
    {
        Fake = fake;
        Options = options;
        _http = new HttpClient { Timeout = options.RequestTimeout };
        Tokens = new WeComAccessTokenCache(Time);
        Api = new WeComApiClient(_http, Microsoft.Extensions.Options.Options.Create(options), Tokens);
        Problems = new WeComSendProblems(Microsoft.Extensions.Options.Options.Create(options), Log);
        Database = new BotDatabase(_dataFile);
        Cards = new LiteDbWeComCardStore(Database);
        Sender = new WeComSender(Api, Microsoft.Extensions.Options.Options.Create(options), Time, Problems,
            new WeComCardSender(Api, Cards, Microsoft.Extensions.Options.Options.Create(options), Time), new WeComReplyUrls());
    }

    public FakeWeComApi Fake { get; }

    public WeComOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public WeComAccessTokenCache Tokens { get; }

    public WeComApiClient Api { get; }

    public ListLogger<WeComSendProblems> Log { get; } = new();

    public WeComSendProblems Problems { get; }

    public WeComSender Sender { get; }

    /// <summary>The data file the sender records its template cards in.</summary>
    public BotDatabase Database { get; }

    public IWeComCardStore Cards { get; }

    public static async Task<WeComSenderRig> StartAsync(Action<WeComOptions>? configure = null)
    {
        var fake = await FakeWeComApi.StartAsync().ConfigureAwait(false);
        var options = new WeComOptions
        {
            CorpId = fake.CorpId,
            CorpSecret = fake.CorpSecret,
            AgentId = 1000002,
            ApiBaseUrl = fake.BaseAddress.AbsoluteUri,
            Robots = { ["jingyuan"] = "robot-key-1" },
            Bot = { GroupRobots = { ["wrkGroup1"] = "jingyuan" } },
        };
        configure?.Invoke(options);
        return new WeComSenderRig(fake, options);
    }

    public static OutgoingMessage ToUser(string user, string text, string? replyToken = null) => new()
    {
        To = ChatAddress.PrivateTo(ChannelNames.WeCom, user),
        Text = text,
        DedupeKey = Guid.NewGuid().ToString("N"),
        ReplyToken = replyToken,
    };

    public static OutgoingMessage ToGroup(string chatId, string text, string? replyToken = null) => new()
    {
        To = new ChatAddress(ChannelNames.WeCom, chatId, ChatKind.Group),
        Text = text,
        DedupeKey = Guid.NewGuid().ToString("N"),
        ReplyToken = replyToken,
    };

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        Database.Dispose();
        File.Delete(_dataFile);
        await Fake.DisposeAsync().ConfigureAwait(false);
    }
}
