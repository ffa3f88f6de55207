using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Core.Texts;

namespace Bot.Tests.People;

/// <summary>People are cached by id; the cache must only ever hold what the data file holds, committed.</summary>
public sealed class PeopleStoreCacheTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"people-{Guid.NewGuid():N}.db");
    private readonly BotDatabase _db;
    private readonly PeopleStore _store;
    private readonly Person _li;

    public PeopleStoreCacheTests()
    {
        _db = new BotDatabase(_file);
        _store = new PeopleStore(_db);
        _li = new Person { Name = "李娜", Role = Role.Cadre, CommunityId = "静园社区", IdentityKeys = ["telegram:1001"] };
        _store.Save(_li);
    }

    [Fact]
    public void EachReaderGetsItsOwnCopy()
    {
        var first = _store.Get(_li.Id)!;
        first.Name = "changed but not saved";
        first.IdentityKeys.Add("wecom:x");

        var again = _store.Get(_li.Id)!;
        Assert.Equal("李娜", again.Name);
        Assert.Equal(["telegram:1001"], again.IdentityKeys);
        Assert.NotSame(first, again);
    }

    [Fact]
    public void SaveRolledBack_ReadersStillSeeTheCommittedPerson()
    {
        Assert.Equal("李娜", _store.Get(_li.Id)!.Name);

        Assert.Throws<InvalidOperationException>(() => _db.InTransaction(() =>
        {
            var p = _store.Get(_li.Id)!;
            p.Name = "rolled back";
            _store.Save(p);
            // Inside the transaction its own change is visible...
            Assert.Equal("rolled back", _store.Get(_li.Id)!.Name);
            throw new InvalidOperationException("handler failed");
        }));

        // ...and after the rollback it is gone, also from the cache.
        Assert.Equal("李娜", _store.Get(_li.Id)!.Name);
        Assert.Equal("李娜", _store.FindByIdentity("telegram", "1001")!.Name);
    }

    [Fact]
    public void SaveCommitted_ReadersSeeTheNewPerson()
    {
        Assert.Equal("李娜", _store.Get(_li.Id)!.Name);
        _db.InTransaction(() =>
        {
            var p = _store.Get(_li.Id)!;
            p.Language = Language.English;
            _store.Save(p);
            _store.Get(_li.Id);
        });

        Assert.Equal(Language.English, _store.Get(_li.Id)!.Language);
        Assert.Equal(Language.English, _store.FindByIdentity("telegram", "1001")!.Language);
    }

    [Fact]
    public async Task ReadByAnotherThread_WhileASaveIsUncommitted_DoesNotKeepTheOldVersionAfterTheCommit()
    {
        using var saved = new SemaphoreSlim(0);
        using var read = new SemaphoreSlim(0);
        var writer = Task.Run(() => _db.InTransaction(() =>
        {
            var p = _store.Get(_li.Id)!;
            p.Name = "李娜 (改)";
            _store.Save(p);
            saved.Release();
            Assert.True(read.Wait(TimeSpan.FromSeconds(30)));
        }));

        Assert.True(await saved.WaitAsync(TimeSpan.FromSeconds(30)));
        // Another thread reads meanwhile: it sees the committed (old) person and may cache it...
        Assert.Equal("李娜", await Task.Run(() => _store.Get(_li.Id)!.Name));
        read.Release();
        await writer.WaitAsync(TimeSpan.FromSeconds(30));

        // ...but the commit drops that entry.
        Assert.Equal("李娜 (改)", _store.Get(_li.Id)!.Name);
    }

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_file);
    }
}
