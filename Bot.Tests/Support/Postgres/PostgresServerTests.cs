using Npgsql;

namespace Bot.Tests.Support.Postgres;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task ThrowawayDatabase_IsCreatedEmpty_AndDroppedOnDispose()
    {
        string name;
        await using (var db = await PostgresServer.CreateDatabaseAsync())
        {
            name = db.Name;
            await using var connection = new NpgsqlConnection(db.ConnectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        }

        await using var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await admin.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", admin);
        exists.Parameters.AddWithValue("n", name);
        Assert.Equal(0L, (long)(await exists.ExecuteScalarAsync())!);
    }
}
