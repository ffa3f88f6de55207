using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Purchases;

/// <summary>The real host: Quartz fires the purchase jobs, which find what is due by the (fake) clock.</summary>
public sealed class PurchaseSchedulingTests
{
    [Fact]
    public async Task QuartzJobs_SendTheReminderAndTheExpiry_OnceTheyAreDue()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using var host = await BotTestHost.StartAsync(
            new Dictionary<string, string?> { ["Purchases:SweepInterval"] = "00:00:01" },
            configure: services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton(new ChannelLimits { Channel = ChannelNames.Console, MaxTextLength = 0 });
            });
        var people = host.Get<IPeopleStore>();
        host.Get<ICommunityStore>().EnsureCommunity("静园社区");
        host.Get<ICommunityStore>().BindGroup(new GroupBinding { Channel = ChannelNames.Console, ChatId = "cadres", CommunityId = "静园社区", Purpose = GroupPurpose.Cadres });
        var resident = new Person { Name = "李姨", Role = Role.Resident, CommunityId = "静园社区", LastChannel = ChannelNames.Console };
        resident.IdentityKeys.Add($"{ChannelNames.Console}:李姨");
        people.Save(resident);
        var request = host.Get<PurchaseService>().Submit(resident, "布洛芬1盒", PurchaseCategory.Medicine,
            HouseholdAddress.TryParse("3-2-301")!, null, "尽快");
        host.Get<ConversationStore>().Save(new ConversationState
        {
            Id = ConversationState.KeyOf(ChatAddress.PrivateTo(ChannelNames.Console, "李姨"), "李姨"),
            Flow = PurchaseFlow.FlowName,
            Step = PurchaseSteps.Address,
            PersonId = resident.Id,
            Channel = ChannelNames.Console,
            ChatId = "李姨",
            UpdatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        var outbox = host.Get<LiteDbOutbox>();

        // Quartz runs on the container's clock: the fake one. Nothing is due yet.
        clock.Advance(TimeSpan.FromMinutes(29));
        await AdvanceUntilAsync(clock, () => host.Get<ConversationStore>().Get(ConversationState.KeyOf(ChatAddress.PrivateTo(ChannelNames.Console, "李姨"), "李姨")) is not null
            && outbox.All().Count(r => r.ChatId == "cadres") == 1, TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(outbox.All(), r => r.Text.Contains("已等待", StringComparison.Ordinal));

        clock.Advance(TimeSpan.FromMinutes(2));

        await AdvanceUntilAsync(clock, () => outbox.All().Any(r => r.ChatId == "cadres" && r.Text.Contains("已等待", StringComparison.Ordinal)));
        await AdvanceUntilAsync(clock, () => outbox.All().Any(r => r.ChatId == "李姨" && r.Text == PurchasesTexts.Expired.ZhHans));
        Assert.Single(outbox.All(), r => r.ChatId == "cadres" && r.Text.Contains($"#{request.Id}", StringComparison.Ordinal)
            && r.Text.Contains("已等待", StringComparison.Ordinal));
    }

    /// <summary>Moves the fake clock on a second at a time (so the triggers come due) until the condition holds; up to 30 s of real time.</summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<bool> condition, TimeSpan? steps = null)
    {
        var stepped = TimeSpan.Zero;
        await BotTestHost.WaitUntilAsync(() =>
        {
            if (condition() && (steps is null || stepped >= steps))
            {
                return true;
            }

            if (steps is null || stepped < steps)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                stepped += TimeSpan.FromSeconds(1);
            }

            return false;
        });
    }

    [Theory]
    [InlineData(null, 60)]
    [InlineData("00:00:05", 5)]
    [InlineData("-00:00:05", 60)]
    public void SweepInterval_ComesFromConfiguration_WithTheDefaultForMissingOrInvalid(string? configured, int seconds)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Purchases:SweepInterval"] = configured })
            .Build();

        Assert.Equal(TimeSpan.FromSeconds(seconds), PurchaseJobs.SweepInterval(configuration));
    }
}
