using Bot.Core.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Storage;

/// <summary>
/// The one way a store is registered: its interface resolves to the LiteDB or the PostgreSQL implementation as
/// <c>Storage:Provider</c> says. Only the chosen implementation is ever built, so a host on PostgreSQL never opens a
/// data file and a host on LiteDB never opens a connection.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers both databases (built on first use) and <see cref="IUnitOfWork"/> on the chosen one.</summary>
    public static IServiceCollection AddStorageKernel(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new BotDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.LiteDbPath));
        services.TryAddSingleton(sp => new PostgresDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString
            ?? throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is Postgres.")));
        services.TryAddSingleton<IUnitOfWork>(sp => IsPostgres(sp)
            ? sp.GetRequiredService<PostgresDatabase>()
            : sp.GetRequiredService<BotDatabase>());
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TService"/> as <typeparamref name="TLiteDb"/> or <typeparamref name="TPostgres"/>
    /// by <c>Storage:Provider</c>. Both implementations are registered as themselves too (singletons), for the tests
    /// and tools that name one; a second call for the same interface is ignored.
    /// </summary>
    public static IServiceCollection AddStore<TService, TLiteDb, TPostgres>(this IServiceCollection services)
        where TService : class
        where TLiteDb : class, TService
        where TPostgres : class, TService
    {
        services.TryAddSingleton<TLiteDb>();
        services.TryAddSingleton<TPostgres>();
        services.TryAddSingleton<TService>(sp => IsPostgres(sp)
            ? sp.GetRequiredService<TPostgres>()
            : sp.GetRequiredService<TLiteDb>());
        return services;
    }

    /// <summary>True when this container's <c>Storage:Provider</c> is PostgreSQL.</summary>
    public static bool IsPostgres(IServiceProvider services) =>
        StorageProviders.IsPostgres(services.GetRequiredService<IOptions<StorageOptions>>().Value);
}
