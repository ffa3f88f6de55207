using Bot.Core.Messaging;
using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.Notices;

/// <summary>A <see cref="BotHarness"/> with notices registered and helpers to compose and publish.</summary>
internal static class NoticeBot
{
    public const string Community = "静园社区";

    public static BotHarness Create(IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null) =>
        new(services =>
        {
            services.AddNotices();
            configure?.Invoke(services);
        }, settings);

    /// <summary>Composes a lecture as <paramref name="author"/> and returns its number (from the preview's send button).</summary>
    public static int Compose(BotHarness bot, string author, string text)
    {
        var preview = bot.Say(author, text);
        var data = preview.SelectMany(m => m.Buttons).SelectMany(r => r).Select(b => b.Data).First(d => d.StartsWith("/notice_send ", StringComparison.Ordinal));
        return int.Parse(data["/notice_send ".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static int Publish(BotHarness bot, string author, string text)
    {
        var id = Compose(bot, author, text);
        bot.Press(author, $"/notice_send {id}");
        return id;
    }

    public static IReadOnlyList<OutgoingMessage> NoticeCopies(this IEnumerable<OutgoingMessage> messages, int id) =>
        messages.Where(m => m.DedupeKey is { } k && k.StartsWith($"notice:{id}:", StringComparison.Ordinal) && !k.Contains(":r", StringComparison.Ordinal)).ToList();

    public static Person Add(this BotHarness bot, string name, Role role, bool partyMember = false, string community = Community) =>
        bot.AddPerson(name, role, community, partyMember);
}
