using Bot.Core;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Support;

/// <summary>
/// The real core (pipeline, stores, router, real LiteDB file) without hosted services: messages are accepted into the
/// inbox and handled synchronously, and what the bot would send is read back from the outbox. Deterministic:
/// time is a <see cref="FakeTimeProvider"/>. <see cref="Restart"/> builds a new core over the same data file.
/// </summary>
public sealed class BotHarness : IDisposable
{
    private readonly Action<IServiceCollection>? _configure;
    private readonly Dictionary<string, string?> _settings;
    private ServiceProvider _services;
    private long _lastSeenOutbox;
    private int _messageCounter;

    public BotHarness(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null, DateTimeOffset? start = null)
    {
        _configure = configure;
        Folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:LiteDbPath"] = Path.Combine(Folder, "bot.db"),
        };
        // 2026-03-02 09:00 in Asia/Shanghai.
        Time = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        _services = Build();
    }

    public string Folder { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public IPeopleStore People => Get<IPeopleStore>();

    public ICommunityStore Communities => Get<ICommunityStore>();

    /// <summary>Adds a person with a console identity (their name), as the roster import would.</summary>
    public Person AddPerson(string name, Role role, string community = "静园社区", bool partyMember = false, string? phone = null)
    {
        var people = People;
        Communities.EnsureCommunity(community);
        var p = new Person { Name = name, Role = role, CommunityId = community, PartyMember = partyMember, Phone = phone };
        p.IdentityKeys.Add($"{ChannelNames.Console}:{name}");
        p.LastChannel = ChannelNames.Console;
        people.Save(p);
        return p;
    }

    /// <summary>Binds a console group chat to a community.</summary>
    public void BindGroup(string group, GroupPurpose purpose, string community = "静园社区")
    {
        Communities.EnsureCommunity(community);
        Communities.BindGroup(new GroupBinding { Channel = ChannelNames.Console, ChatId = group, CommunityId = community, Purpose = purpose });
    }

    /// <summary>NAME writes TEXT (privately, or in GROUP); returns what the bot enqueued in response.</summary>
    public IReadOnlyList<OutgoingMessage> Say(string name, string text, string? group = null) =>
        Deliver(Message(name, text, group));

    /// <summary>NAME presses a button carrying DATA.</summary>
    public IReadOnlyList<OutgoingMessage> Press(string name, string data, string? group = null) =>
        Deliver(Message(name, null, group) with { ButtonData = data });

    /// <summary>NAME sends a photo known by PHOTO, with an optional caption (privately, or in GROUP).</summary>
    public IReadOnlyList<OutgoingMessage> SendPhoto(string name, string photo, string? caption = null, string? group = null) =>
        Deliver(Message(name, caption, group) with { Photo = photo });

    public IncomingMessage Message(string name, string? text, string? group = null) => new()
    {
        Chat = group is null ? ChatAddress.PrivateTo(ChannelNames.Console, name) : new ChatAddress(ChannelNames.Console, group, ChatKind.Group),
        SenderId = name,
        SenderName = name,
        Text = text,
        PlatformMessageId = $"h-{Interlocked.Increment(ref _messageCounter)}-{Guid.NewGuid():N}",
        ReceivedAt = Time.GetUtcNow(),
    };

    public IReadOnlyList<OutgoingMessage> Deliver(IncomingMessage message)
    {
        Get<IInbox>().TryAccept(message);
        Get<InboxProcessor>().ProcessPending();
        return TakeSent();
    }

    /// <summary>Everything enqueued since the last call.</summary>
    public IReadOnlyList<OutgoingMessage> TakeSent()
    {
        var records = Get<LiteDbOutbox>().All().Where(r => r.Id > _lastSeenOutbox).OrderBy(r => r.Id).ToList();
        if (records.Count > 0)
        {
            _lastSeenOutbox = records[^1].Id;
        }

        return records.Select(r => r.ToMessage()).ToList();
    }

    /// <summary>Every message ever enqueued.</summary>
    public IReadOnlyList<OutgoingMessage> AllSent() => Get<LiteDbOutbox>().All().OrderBy(r => r.Id).Select(r => r.ToMessage()).ToList();

    /// <summary>Simulates a process restart: a new core over the same data file.</summary>
    public void Restart()
    {
        _services.Dispose();
        _services = Build();
    }

    public void Dispose()
    {
        _services.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddProvider(NullLoggerProvider.Instance));
        services.AddSingleton<TimeProvider>(Time);
        services.AddBotCore();
        services.AddSingleton(new ChannelLimits { Channel = ChannelNames.Console, MaxTextLength = 0 });
        _configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false });
    }
}
