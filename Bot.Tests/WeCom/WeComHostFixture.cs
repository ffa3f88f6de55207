using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeWeCom;
using LiteDB;

namespace Bot.Tests.WeCom;

/// <summary>
/// The real bot host configured for WeCom, its API pointed at a loopback <see cref="FakeWeComApi"/>. Buttons are
/// rendered as "reply …" lines here (<c>WeCom:Cards=false</c>, the text form) and the intelligent bot answers through
/// response_url only (passive replies off); <see cref="WeComCardHostFixture"/> runs with cards and passive replies.
/// </summary>
public class WeComHostFixture : IAsyncLifetime
{
    public const string AppToken = "appTok3n";
    public const string AppAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public const string BotToken = "aiBotTok";
    public const string BotAesKey = "74zYlqRCELMTB0s8oWj0fBxTCusPfEI+R1WbU+rNlW4";

    private long _msgId = 7_000_000_000_000_000_000;

    public FakeWeComApi Fake { get; private set; } = null!;

    public BotTestHost Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public FakeWeComCallbacks App { get; private set; } = null!;

    public FakeWeComCallbacks Bot { get; private set; } = null!;

    public string CorpId => Fake.CorpId;

    /// <summary>Whether the host sends template cards (WeCom:Cards).</summary>
    protected virtual bool Cards => false;

    public long NextMsgId() => Interlocked.Increment(ref _msgId);

    public int InboxCount => Host.Get<LiteDbInbox>().Count;

    public InboxRecord? Inbox(string platformId) =>
        Host.Get<BotDatabase>().Collection<InboxRecord>("inbox").FindOne(BsonExpression.Create("$.Key = @0", $"{ChannelNames.WeCom}:{platformId}"));

    public IReadOnlyList<FakeWeComRequest> SentTo(string user) =>
        Fake.RequestsTo("message/send").Where(r => r.Str("touser").Split('|').Contains(user)).ToList();

    public FakeWeComCallbacks Callbacks(string receiveId) =>
        new(Http, "wecom/callback", AppToken, AppAesKey, receiveId, json: false);

    public async Task InitializeAsync()
    {
        Fake = await FakeWeComApi.StartAsync();
        Host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["WeCom:CorpId"] = Fake.CorpId,
            ["WeCom:AgentId"] = "1000002",
            ["WeCom:CorpSecret"] = Fake.CorpSecret,
            ["WeCom:Token"] = AppToken,
            ["WeCom:EncodingAesKey"] = AppAesKey,
            ["WeCom:ApiBaseUrl"] = Fake.BaseAddress.AbsoluteUri,
            ["WeCom:Bot:Token"] = BotToken,
            ["WeCom:Bot:EncodingAesKey"] = BotAesKey,
            ["WeCom:Robots:jingyuan"] = "robot-key-1",
            ["WeCom:Bot:GroupRobots:wrkJingyuan"] = "jingyuan",
            ["WeCom:MaxCallbackBytes"] = "65536",
            ["WeCom:Cards"] = Cards ? "true" : "false",
            ["WeCom:Bot:PassiveReplyWait"] = Cards ? "00:00:03" : "00:00:00",
            ["WeCom:Groups:0:Community"] = "静园社区",
            ["WeCom:Groups:0:Purpose"] = "Cadres",
            ["WeCom:Groups:0:Robot"] = "jingyuan",
            ["WeCom:Groups:1:Community"] = "静园社区",
            ["WeCom:Groups:1:Purpose"] = "Residents",
            ["WeCom:Groups:1:AppChatId"] = "jingyuanres",
            ["WeCom:Groups:1:Name"] = "静园社区居民群",
            ["WeCom:Groups:1:Owner"] = "zhangsan",
            ["WeCom:Groups:1:Members:0"] = "zhangsan",
            ["WeCom:Groups:1:Members:1"] = "lisi",
        });
        Http = new HttpClient { BaseAddress = Host.BaseAddress };
        App = Callbacks(CorpId);
        Bot = new FakeWeComCallbacks(Http, "wecom/bot/callback", BotToken, BotAesKey, "", json: true);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
