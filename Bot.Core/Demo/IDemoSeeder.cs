namespace Bot.Core.Demo;

/// <summary>A feature's part of the demo data. Seeders run in registration order at start; each must be idempotent.</summary>
public interface IDemoSeeder
{
    void Seed(DemoOptions demo);
}
