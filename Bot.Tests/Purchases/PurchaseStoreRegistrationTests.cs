using Bot.Core.Purchases;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Purchases;

/// <summary>The Purchases door registers its stores by <c>Storage:Provider</c>: only the chosen backend is built.</summary>
public sealed class PurchaseStoreRegistrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"purchase-registration-{Guid.NewGuid():N}.db");

    private ServiceProvider Build(string provider)
    {
        var services = new ServiceCollection();
        services.AddOptions<StorageOptions>().Configure(o =>
        {
            o.Provider = provider;
            o.LiteDbPath = _file;
            o.ConnectionString = "Host=127.0.0.1;Database=never_opened";
        });
        services.AddStorageKernel();
        services.AddPurchases();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void OnPostgres_TheStoresArePostgres_AndNoDataFileIsOpened()
    {
        using var provider = Build(StorageProviders.Postgres);

        Assert.IsType<PostgresPurchaseStore>(provider.GetRequiredService<IPurchaseStore>());
        Assert.IsType<PostgresPurchaseHouseholdStore>(provider.GetRequiredService<IPurchaseHouseholdStore>());
        Assert.False(File.Exists(_file));
    }

    [Fact]
    public void OnLiteDb_TheStoresAreLiteDb_AndTheSameSingletonsTestsName()
    {
        using var provider = Build(StorageProviders.LiteDb);

        Assert.Same(provider.GetRequiredService<PurchaseStore>(), provider.GetRequiredService<IPurchaseStore>());
        Assert.Same(provider.GetRequiredService<PurchaseHouseholdStore>(), provider.GetRequiredService<IPurchaseHouseholdStore>());
    }

    public void Dispose() => File.Delete(_file);
}
