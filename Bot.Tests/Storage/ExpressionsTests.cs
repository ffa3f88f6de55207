using Bot.Core.Storage;
using LiteDB;

namespace Bot.Tests.Storage;

/// <summary>Parsed query expressions reused per thread: each query sees its own parameters, and threads never share one.</summary>
public sealed class ExpressionsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));
    private readonly BotDatabase _db;
    private readonly ILiteCollection<Item> _items;

    public ExpressionsTests()
    {
        _db = new BotDatabase(Path.Combine(_dir, "bot.db"));
        _items = _db.Collection<Item>("items");
        _items.EnsureIndex(x => x.Group);
        _db.InTransaction(() =>
        {
            for (var i = 1; i <= 20; i++)
            {
                _items.Insert(new Item { Id = i, Group = i % 2 == 0 ? "even" : "odd", Name = "item" + i });
            }
        });
    }

    [Fact]
    public void TheSameTextOnOneThread_IsParsedOnce_AndTakesEachCallsParameters()
    {
        var first = Expressions.ById(3);
        Assert.Equal("item3", _items.FindOne(first).Name);

        var second = Expressions.ById(14);
        Assert.Same(first, second);
        Assert.Equal("item14", _items.FindOne(second).Name);
        Assert.Null(_items.FindOne(Expressions.ById(99)));
    }

    [Fact]
    public void Queries_GiveTheSameAnswersAsFreshlyParsedOnes()
    {
        foreach (var group in new[] { "even", "odd", "none" })
        {
            var cached = _items.Find(Expressions.Of("$.Group = @0", group)).Select(i => i.Id).Order().ToList();
            var fresh = _items.Find(BsonExpression.Create("$.Group = @0", group)).Select(i => i.Id).Order().ToList();
            Assert.Equal(fresh, cached);
        }

        Assert.Equal(5, _items.Count(Expressions.Of("$.Group = @0 AND $._id > @1", "odd", 10)));
        Assert.True(_items.Exists(Expressions.Of("$.Group = @0", "even")));
        Assert.False(_items.Exists(Expressions.Of("$.Group = @0", "none")));
    }

    [Fact]
    public void AQueryInsideAnotherOnesEnumeration_WithADifferentText_LeavesTheOuterOneAlone()
    {
        var names = new List<string>();
        foreach (var item in _items.Find(Expressions.Of("$._id > @0", 10)))
        {
            names.Add(_items.FindOne(Expressions.ById(item.Id - 10)).Name);
        }

        Assert.Equal(Enumerable.Range(1, 10).Select(i => "item" + i), names);
    }

    [Fact]
    public async Task EachThread_ParsesItsOwn()
    {
        var mine = Expressions.ById(1);
        var theirs = await Task.Factory.StartNew(() => Expressions.ById(2), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        Assert.NotSame(mine, theirs);
        Assert.Equal(new BsonValue(1), mine.Parameters["0"]);
    }

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private sealed class Item
    {
        public int Id { get; set; }

        public string Group { get; set; } = "";

        public string Name { get; set; } = "";
    }
}
