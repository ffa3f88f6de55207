using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.Messaging;

/// <summary>The one inbound door (<see cref="IInbox.Receive"/>): chat moves, recording and handling on arrival behind it.</summary>
public sealed class InboxDoorTests : IDisposable
{
    private readonly BotHarness _bot = new();

    [Fact]
    public void Receive_AppliesTheMove_AndHandlesTheMessagesOnArrival_InOneCall()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        _bot.BindGroup("old-group", GroupPurpose.Cadres);
        _bot.Get<InboxProcessor>().HandlesOnArrival = true;
        var help = _bot.Message("郭洋", "帮助");

        var accepted = _bot.Get<IInbox>().Receive([help], [new ChatMove(ChannelNames.Console, "old-group", "new-group")]);

        Assert.Equal([true], accepted);
        Assert.NotNull(_bot.Communities.FindGroup(ChannelNames.Console, "new-group"));
        Assert.Null(_bot.Communities.FindGroup(ChannelNames.Console, "old-group"));
        Assert.Empty(_bot.Get<LiteDbInbox>().Pending(10));
        Assert.StartsWith("可用的命令", Assert.Single(_bot.TakeSent()).Text, StringComparison.Ordinal);

        // Delivered again (its confirmation was lost): not new, not handled twice; the move again changes nothing.
        Assert.Equal([false], _bot.Get<IInbox>().Receive([help], [new ChatMove(ChannelNames.Console, "old-group", "new-group")]));
        Assert.Empty(_bot.TakeSent());
        Assert.NotNull(_bot.Communities.FindGroup(ChannelNames.Console, "new-group"));
    }

    [Fact]
    public void Receive_WhenTheProcessorIsStopped_OnlyRecords()
    {
        _bot.AddPerson("郭洋", Role.Cadre);

        Assert.Equal([true, true], _bot.Get<IInbox>().Receive([_bot.Message("郭洋", "帮助"), _bot.Message("郭洋", "/help")], []));

        Assert.Empty(_bot.TakeSent());
        Assert.Equal(2, _bot.Get<LiteDbInbox>().Pending(10).Count);
    }

    public void Dispose() => _bot.Dispose();
}
