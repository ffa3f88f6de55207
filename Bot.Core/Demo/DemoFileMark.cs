using Bot.Core.Storage;

namespace Bot.Core.Demo;

/// <summary>
/// Marks a data file the demo created (it was empty when the demo seeded it), so <c>--reset-demo</c> may delete that
/// file and no other.
/// </summary>
public sealed class DemoFileMark
{
    private const string Collection = "meta";
    private const string MarkId = "demo-file";

    public string Id { get; set; } = MarkId;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Marks <paramref name="db"/> as the demo's when nothing but the demo is in it yet.</summary>
    public static void MarkIfEmpty(BotDatabase db, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        var empty = db.Collection<People.Community>("communities").Count() == 0
            && db.Collection<Messaging.InboxRecord>("inbox").Count() == 0;
        if (empty)
        {
            db.Collection<DemoFileMark>(Collection).Upsert(new DemoFileMark { CreatedAtUtc = nowUtc });
        }
    }

    /// <summary>True when the demo created <paramref name="db"/>.</summary>
    public static bool IsDemoFile(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Collection<DemoFileMark>(Collection).FindOne(Expressions.ById(MarkId)) is not null;
    }
}
