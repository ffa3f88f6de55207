using Bot.Core.Demo;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Demo;

public sealed class DemoSeedTests : IDisposable
{
    private readonly BotHarness _bot = new(s => s.AddSingleton<IDemoSeeder, PeopleDemoSeeder>());

    private void Seed() => _bot.Get<IDemoSeeder>().Seed(new DemoOptions
    {
        Community = "静园社区",
        Secretary = new DemoPerson { Name = "张书记" },
        Cadres = [new DemoPerson { Name = "郭洋", PartyMember = true }],
        Residents = [new DemoPerson { Name = "李姨", Phone = "13912345678" }],
    });

    [Fact]
    public void DemoPeople_AreReachableOnTheConsole_BeforeTheyWrite()
    {
        Seed();

        var secretary = _bot.People.FindByName("张书记")!;

        Assert.Equal(Role.Secretary, secretary.Role);
        Assert.Equal(ChatAddress.PrivateTo(ChannelNames.Console, "张书记"), _bot.Get<Messenger>().AddressOf(secretary));
    }

    [Fact]
    public void Seed_Twice_ChangesNothing()
    {
        Seed();
        var count = _bot.People.Count();

        Seed();

        Assert.Equal(count, _bot.People.Count());
        Assert.Single(_bot.People.FindByName("郭洋")!.IdentityKeys);
        Assert.Equal(GroupPurpose.Cadres, _bot.Communities.FindGroup(ChannelNames.Console, "干部群")!.Purpose);
    }

    public void Dispose() => _bot.Dispose();
}
