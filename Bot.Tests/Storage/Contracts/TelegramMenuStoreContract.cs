using Bot.Core.Storage;
using Bot.Host.Channels.Telegram;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the menu sync relies on from <see cref="ITelegramMenuStore"/>, on every backend: every chat given a menu is
/// listed with its key, giving again replaces the key, removing drops the chat (an unknown one is fine), a rollback
/// undoes, and a restart keeps (so nothing is called again).
/// </summary>
public abstract class TelegramMenuStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 12, 1, 9, 30, 15, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    protected abstract Task<IScratchBackend> OpenAsync();

    internal abstract ITelegramMenuStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    [Fact]
    public void Nothing_Given_IsEmpty()
    {
        Assert.Empty(NewStore().All());
    }

    [Fact]
    public void Given_AreAllListed_WithTheirKeys()
    {
        var store = NewStore();
        store.Given("1001", "Cadre|ZhHans|a1b2", At);
        store.Given("-1002", "Resident|En|c3d4", At.AddMinutes(1));

        Assert.Equal(new Dictionary<string, string> { ["1001"] = "Cadre|ZhHans|a1b2", ["-1002"] = "Resident|En|c3d4" }, store.All());
    }

    [Fact]
    public void GivenAgain_ReplacesTheKey()
    {
        var store = NewStore();
        store.Given("1001", "Cadre|ZhHans|a1b2", At);
        store.Given("1001", "Secretary|ZhHans|e5f6", At.AddDays(1));

        Assert.Equal(new Dictionary<string, string> { ["1001"] = "Secretary|ZhHans|e5f6" }, store.All());
    }

    [Fact]
    public void Removed_IsGone_AndRemovingAnUnknownChat_IsFine()
    {
        var store = NewStore();
        store.Given("1001", "Cadre|ZhHans|a1b2", At);
        store.Given("1002", "Admin|ZhHans|a1b2", At);

        store.Removed("1001");
        store.Removed("9999");

        Assert.Equal(["1002"], store.All().Keys);
    }

    [Fact]
    public void GivenRolledBack_IsNotListed()
    {
        var store = NewStore();
        store.Given("1001", "Cadre|ZhHans|a1b2", At);

        Assert.Throws<InvalidOperationException>(() => Backend.Transactions.InTransaction(() =>
        {
            store.Given("1001", "Admin|ZhHans|a1b2", At);
            store.Given("1002", "Admin|ZhHans|a1b2", At);
            throw new InvalidOperationException("failed");
        }));

        Assert.Equal(new Dictionary<string, string> { ["1001"] = "Cadre|ZhHans|a1b2" }, store.All());
    }

    [Fact]
    public void GivenBeforeARestart_IsListedAfterIt()
    {
        var store = NewStore();
        store.Given("1001", "Cadre|ZhHans|a1b2", At);
        store.Given("1002", "Admin|En|a1b2", At);
        store.Removed("1002");

        Backend.Reopen();

        Assert.Equal(new Dictionary<string, string> { ["1001"] = "Cadre|ZhHans|a1b2" }, NewStore().All());
    }
}

public sealed class LiteDbTelegramMenuStoreContract : TelegramMenuStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    internal override ITelegramMenuStore NewStore() => new LiteDbTelegramMenuStore(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresTelegramMenuStoreContract : TelegramMenuStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    internal override ITelegramMenuStore NewStore() => new PostgresTelegramMenuStore(((PostgresScratch)Backend).Database);
}
