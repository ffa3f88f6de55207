using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.Messaging;

/// <summary>Photo references in the neutral model: stored by the inbox and the outbox, and addressed by the messenger.</summary>
public sealed class PhotoMessageTests : IDisposable
{
    private readonly BotHarness _bot = new();

    [Fact]
    public void IncomingPhoto_WithCaption_SurvivesTheInboxAndARestart()
    {
        var message = _bot.Message("刘丰睿", "已买到 12") with { Photo = "AgACreceipt-12" };
        Assert.True(_bot.Get<IInbox>().TryAccept(message));

        _bot.Restart();

        var stored = _bot.Get<LiteDbInbox>().Pending(10).Single().ToMessage();
        Assert.Equal("AgACreceipt-12", stored.Photo);
        Assert.Equal("已买到 12", stored.Text);
        Assert.Equal(message.PlatformMessageId, stored.PlatformMessageId);
    }

    [Fact]
    public void OutgoingPhotoRef_SurvivesTheOutboxAndARestart()
    {
        var to = ChatAddress.PrivateTo(ChannelNames.Console, "李姨");
        Assert.True(_bot.Get<IOutbox>().Enqueue(new OutgoingMessage { To = to, Text = "#12 的购物小票。", PhotoRef = "receipt-12.jpg" }));

        _bot.Restart();

        var sent = _bot.AllSent().Single();
        Assert.Equal("receipt-12.jpg", sent.PhotoRef);
        Assert.Equal("#12 的购物小票。", sent.Text);
        Assert.Equal(to, sent.To);
    }

    [Fact]
    public void OutgoingPhotoWithALongText_CarriesThePhotoOnlyOnTheLastPart()
    {
        // An outbox over the harness's file with a short limit for one channel, so the text is split into parts.
        var outbox = new LiteDbOutbox(_bot.Get<Bot.Core.Storage.BotDatabase>(), _bot.Time, [new ChannelLimits { Channel = "short", MaxTextLength = 100 }]);
        var text = string.Join('\n', Enumerable.Repeat(new string('菜', 60), 5));

        outbox.Enqueue(new OutgoingMessage { To = ChatAddress.PrivateTo("short", "李姨"), Text = text, PhotoRef = "p.jpg" });

        var parts = outbox.All().OrderBy(r => r.Id).Select(r => r.ToMessage()).ToList();
        Assert.True(parts.Count > 1);
        Assert.Equal("p.jpg", parts[^1].PhotoRef);
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.PhotoRef));
    }

    [Fact]
    public void PhotoToPerson_OnThePhotosChannel_SendsThePhoto()
    {
        var person = _bot.AddPerson("李姨", Role.Resident);

        Assert.True(_bot.Get<Messenger>().PhotoToPerson(person, ChannelNames.Console, "door.jpg", "照片说明", "别处的说明"));

        var sent = _bot.TakeSent().Single();
        Assert.Equal("door.jpg", sent.PhotoRef);
        Assert.Equal("照片说明", sent.Text);
        Assert.Equal(ChatKind.Private, sent.To.Kind);
    }

    [Fact]
    public void PhotoToPerson_ReachedOnAnotherChannel_GetsTheTextInsteadOfAReferenceThatMeansNothingThere()
    {
        var person = _bot.AddPerson("李姨", Role.Resident);

        Assert.True(_bot.Get<Messenger>().PhotoToPerson(person, ChannelNames.Telegram, "AgACdoor", "照片说明", "志愿者拍了照片"));

        var sent = _bot.TakeSent().Single();
        Assert.Null(sent.PhotoRef);
        Assert.Equal("志愿者拍了照片", sent.Text);
        Assert.Equal(ChannelNames.Console, sent.To.Channel);
    }

    [Fact]
    public void UnexpectedPhoto_InPrivate_IsAnsweredWithAShortHint_AndInAGroup_IsIgnored()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        _bot.BindGroup("cadres", Bot.Core.People.GroupPurpose.Cadres);

        var reply = _bot.SendPhoto("郭洋", "cat.jpg").Single();
        Assert.Contains("没有在等照片", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.PhotoRef);

        Assert.Empty(_bot.SendPhoto("郭洋", "cat.jpg", group: "cadres"));
    }

    public void Dispose() => _bot.Dispose();
}
