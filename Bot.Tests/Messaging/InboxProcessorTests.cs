using Bot.Core;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Messaging;

public sealed class InboxProcessorTests : IDisposable
{
    private readonly BotHarness _bot = new(s =>
    {
        s.AddCommand<ExplodingHandler>();
        s.AddCommand<EchoHandler>();
        s.AddSingleton<Deadlocks>();
        s.AddCommand<DeadlockingHandler>();
    });

    /// <summary>
    /// A handler the database picks as a deadlock's victim twice (as PostgreSQL does when two hosts' transactions lock
    /// rows in opposite orders): the message is the database's bad luck, not the sender's, so it is handled again and
    /// answered normally, with no apology, and its neighbours in the group commit are answered too.
    /// </summary>
    [Fact]
    public void AMessageThatMeetsADeadlock_IsHandledAgain_AndAnsweredWithoutAnApology()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        _bot.Get<Deadlocks>().Remaining = 2;
        _bot.Get<IInbox>().TryAcceptMany([_bot.Message("郭洋", "帮助"), _bot.Message("郭洋", "/deadlock"), _bot.Message("郭洋", "帮助")]);

        _bot.Get<InboxProcessor>().ProcessPending();
        var sent = _bot.TakeSent().Select(m => m.Text).ToList();

        Assert.Equal(3, sent.Count);
        Assert.StartsWith("可用的命令", sent[0], StringComparison.Ordinal);
        Assert.Equal("handled after 3 tries", sent[1]);
        Assert.StartsWith("可用的命令", sent[2], StringComparison.Ordinal);
        Assert.Empty(_bot.Get<LiteDbInbox>().Pending(10));
    }

    /// <summary>Deadlocking every time is a failure after all: a bounded number of tries, then the usual apology.</summary>
    [Fact]
    public void AMessageThatKeepsMeetingDeadlocks_GetsAnApology_AfterABoundedNumberOfTries()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        var deadlocks = _bot.Get<Deadlocks>();
        deadlocks.Remaining = int.MaxValue;
        _bot.Get<IInbox>().TryAccept(_bot.Message("郭洋", "/deadlock"));

        _bot.Get<InboxProcessor>().ProcessPending();

        Assert.StartsWith("抱歉，处理这条消息时出错了", Assert.Single(_bot.TakeSent()).Text, StringComparison.Ordinal);
        // The group commit's try, then StorageFaults.Attempts tries on its own.
        Assert.Equal(1 + Bot.Core.Storage.StorageFaults.Attempts, deadlocks.Tries);
        Assert.Empty(_bot.Get<LiteDbInbox>().Pending(10));
    }

    [Fact]
    public void FailingMessage_InAGroupCommit_GetsAnApology_AndTheOthersAreHandled()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        var inbox = _bot.Get<IInbox>();
        inbox.TryAcceptMany([_bot.Message("郭洋", "帮助"), _bot.Message("郭洋", "/explode"), _bot.Message("郭洋", "帮助")]);

        _bot.Get<InboxProcessor>().ProcessPending();
        var sent = _bot.TakeSent();

        Assert.Equal(3, sent.Count);
        Assert.StartsWith("可用的命令", sent[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("抱歉，处理这条消息时出错了", sent[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("可用的命令", sent[2].Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Get<LiteDbInbox>().Pending(10));
        Assert.Equal(0, ExplodingHandler.Writes(_bot));
    }

    [Fact]
    public void AcceptMany_SkipsMessagesSeenBefore()
    {
        var m = _bot.Message("郭洋", "帮助");

        Assert.Equal(1, _bot.Get<IInbox>().TryAcceptMany([m]));
        Assert.Equal(1, _bot.Get<IInbox>().TryAcceptMany([m, _bot.Message("郭洋", "帮助")]));
    }

    [Fact]
    public void RecordedButUnhandled_AtACrash_IsHandledAfterRestart_Once()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        _bot.Get<IInbox>().TryAccept(_bot.Message("郭洋", "帮助"));

        _bot.Restart();
        _bot.Get<InboxProcessor>().ProcessPending();
        _bot.Restart();
        _bot.Get<InboxProcessor>().ProcessPending();

        Assert.Single(_bot.TakeSent());
    }

    [Fact]
    public void OnArrival_WithNothingWaiting_MessagesAreHandledInTheRecordingTransaction()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        var processor = _bot.Get<InboxProcessor>();
        processor.HandlesOnArrival = true;
        var inbox = _bot.Get<IInbox>();

        processor.RecordAndHandle(() => inbox.TryAccept(_bot.Message("郭洋", "帮助")));

        // Nothing left for the processor: the reply was enqueued by the same commit that recorded the message.
        Assert.Empty(_bot.Get<LiteDbInbox>().Pending(10));
        Assert.StartsWith("可用的命令", Assert.Single(_bot.TakeSent()).Text, StringComparison.Ordinal);
        Assert.Equal(1, processor.Processed);
    }

    [Fact]
    public void OnArrival_WithOlderMessagesWaiting_OnlyRecords_AndTheProcessorKeepsTheOrder()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        var processor = _bot.Get<InboxProcessor>();
        processor.HandlesOnArrival = true;
        var inbox = _bot.Get<IInbox>();
        inbox.TryAccept(_bot.Message("郭洋", "语言 English"));

        processor.RecordAndHandle(() => inbox.TryAccept(_bot.Message("郭洋", "/help")));
        Assert.Equal(2, _bot.Get<LiteDbInbox>().Pending(10).Count);

        processor.ProcessPending();
        var sent = _bot.TakeSent();
        Assert.Equal(2, sent.Count);
        // The language change was handled first, so the help after it is in English.
        Assert.StartsWith("What you can do", sent[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OnArrival_AFailingHandler_RollsTheBatchBack_AndTheProcessorIsolatesIt()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        var processor = _bot.Get<InboxProcessor>();
        processor.HandlesOnArrival = true;
        var inbox = _bot.Get<IInbox>();

        processor.RecordAndHandle(() => inbox.TryAcceptMany([_bot.Message("郭洋", "帮助"), _bot.Message("郭洋", "/explode"), _bot.Message("郭洋", "帮助")]));
        Assert.Empty(_bot.TakeSent());
        Assert.Equal(3, _bot.Get<LiteDbInbox>().Pending(10).Count);

        processor.ProcessPending();
        var sent = _bot.TakeSent();
        Assert.Equal(3, sent.Count);
        Assert.StartsWith("抱歉，处理这条消息时出错了", sent[1].Text, StringComparison.Ordinal);
        Assert.Equal(0, ExplodingHandler.Writes(_bot));
    }

    [Fact]
    public void OnArrival_AMessageSeenBefore_IsSkipped_AndTheNewOnesAreHandledOnce()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        var processor = _bot.Get<InboxProcessor>();
        processor.HandlesOnArrival = true;
        var inbox = _bot.Get<IInbox>();
        var seen = _bot.Message("郭洋", "帮助");
        processor.RecordAndHandle(() => inbox.TryAccept(seen));
        Assert.Single(_bot.TakeSent());

        // Redelivered (its confirmation was lost) together with a new one.
        processor.RecordAndHandle(() => inbox.TryAcceptMany([seen, _bot.Message("郭洋", "/help")]));
        processor.ProcessPending();

        Assert.Single(_bot.TakeSent());
        Assert.Equal(2, _bot.Get<LiteDbInbox>().Count);
        Assert.Empty(_bot.Get<LiteDbInbox>().Pending(10));
    }

    [Fact]
    public void ABacklogLargerThanOneRead_IsHandledInArrivalOrder()
    {
        // LiteDB gives the equal keys of an ordinary index (Handled = false) in no particular order: with more waiting
        // than one read takes, the oldest must still come first.
        _bot.AddPerson("郭洋", Role.Cadre);
        var inbox = _bot.Get<LiteDbInbox>();
        inbox.TryAcceptMany(Enumerable.Range(0, 600).Select(i => _bot.Message("郭洋", "/echo " + i)).ToList());

        var first = inbox.Pending(20);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => "/echo " + i), first.Select(r => r.Text));

        _bot.Get<InboxProcessor>().ProcessPending();

        Assert.Equal(Enumerable.Range(0, 600).Select(i => "echo " + i), _bot.TakeSent().Select(m => m.Text));
        Assert.Empty(inbox.Pending(10));
    }

    [Fact]
    public void Pending_SkipsHandledRecords_AndFindsOnesRecordedLater()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        var inbox = _bot.Get<LiteDbInbox>();
        inbox.TryAcceptMany(Enumerable.Range(0, 30).Select(i => _bot.Message("郭洋", "/echo " + i)).ToList());
        var db = _bot.Get<Bot.Core.Storage.BotDatabase>();
        db.InTransaction(() =>
        {
            foreach (var r in inbox.Pending(30).Where((_, i) => i % 3 != 1))
            {
                inbox.MarkHandled(r);
            }
        });

        Assert.Equal(Enumerable.Range(0, 10).Select(i => "/echo " + (3 * i + 1)), inbox.Pending(100).Select(r => r.Text));

        db.InTransaction(() =>
        {
            foreach (var r in inbox.Pending(100))
            {
                inbox.MarkHandled(r);
            }
        });
        Assert.Empty(inbox.Pending(10));

        inbox.TryAccept(_bot.Message("郭洋", "/echo later"));
        Assert.Equal("/echo later", Assert.Single(inbox.Pending(10)).Text);
    }

    public void Dispose() => _bot.Dispose();

    /// <summary>Answers with its arguments: shows the order messages were handled in.</summary>
    private sealed class EchoHandler : ICommandHandler
    {
        public CommandSpec Spec { get; } = new()
        {
            Name = "echo",
            Roles = CommandSpec.Everyone,
            Description = new Bot.Core.Texts.Text("回声", "回聲", "echo"),
            Hidden = true,
        };

        public void Handle(CommandContext context) => context.Reply("echo " + context.Args);
    }

    /// <summary>Writes to the data file, then throws: the write must be rolled back with the rest of the message.</summary>
    private sealed class Deadlocks
    {
        public int Remaining;

        public int Tries;
    }

    private sealed class DeadlockingHandler(Deadlocks deadlocks) : ICommandHandler
    {
        public CommandSpec Spec { get; } = new()
        {
            Name = "deadlock",
            Roles = CommandSpec.Everyone,
            Description = new Bot.Core.Texts.Text("死锁", "死鎖", "deadlock"),
            Hidden = true,
        };

        public void Handle(CommandContext context)
        {
            deadlocks.Tries++;
            if (deadlocks.Remaining-- > 0)
            {
                throw new Npgsql.PostgresException("deadlock detected", "ERROR", "ERROR", Npgsql.PostgresErrorCodes.DeadlockDetected);
            }

            context.Reply($"handled after {deadlocks.Tries} tries");
        }
    }

    private sealed class ExplodingHandler(Bot.Core.Storage.BotDatabase db) : ICommandHandler
    {
        public CommandSpec Spec { get; } = new()
        {
            Name = "explode",
            Roles = CommandSpec.Everyone,
            Description = new Bot.Core.Texts.Text("炸", "炸", "boom"),
            Hidden = true,
        };

        public static int Writes(BotHarness bot) =>
            bot.Get<Bot.Core.Storage.BotDatabase>().Collection<LiteDB.BsonDocument>("explosions").Count();

        public void Handle(CommandContext context)
        {
            db.Collection<LiteDB.BsonDocument>("explosions").Insert(new LiteDB.BsonDocument { ["at"] = 1 });
            throw new InvalidOperationException("boom");
        }
    }
}
