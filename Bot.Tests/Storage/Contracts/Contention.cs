using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// Two callers at once, without sleeping: the first works inside a transaction it keeps open while the second starts on
/// a thread of its own; the first commits only once the second is seen waiting (for the first one's locks).
/// </summary>
internal static class Contention
{
    /// <summary>
    /// Runs <paramref name="first"/> in a transaction of <paramref name="db"/>, then <paramref name="second"/> on another
    /// thread; commits the first once <paramref name="isWaiting"/> says the second waits, and fails if the second
    /// finished while the first was still open. Returns both results.
    /// </summary>
    public static async Task<(T First, T Second)> SecondWaitsForFirst<T>(IUnitOfWork db, Func<T> first, Func<T> second, Func<Thread, bool> isWaiting)
    {
        var other = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                other.SetResult(second());
            }
            catch (Exception e)
            {
                other.SetException(e);
            }
        })
        {
            IsBackground = true,
        };

        var mine = db.InTransaction(() =>
        {
            var result = first();
            thread.Start();
            while (!other.Task.IsCompleted && !isWaiting(thread))
            {
                Thread.Yield();
            }

            Assert.False(other.Task.IsCompleted, "the second caller finished while the first one's transaction was open");
            return result;
        });
        return (mine, await other.Task);
    }

    /// <summary>A LiteDB caller waits for a collection's write lock in <see cref="Monitor"/>: its thread is blocked.</summary>
    public static bool IsBlocked(Thread thread) => (thread.ThreadState & ThreadState.WaitSleepJoin) != 0;

    /// <summary>Whether a session on <paramref name="watcher"/>'s database waits for a lock (asked on a connection of its own).</summary>
    public static bool AnyoneWaitsOnALock(PostgresDatabase watcher) => watcher.InTransaction(() =>
    {
        using var command = watcher.Command("""
            SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
            """);
        return (long)command.ExecuteScalar()! > 0;
    });
}
