using Npgsql;

namespace Bot.Core.Storage;

/// <summary>
/// Storage failures that say nothing about the work itself: the database chose this transaction as the victim of a
/// deadlock or of a serialization conflict with another host's. Running the same work again in a new transaction is
/// the remedy PostgreSQL documents; anything else is a real failure.
/// </summary>
public static class StorageFaults
{
    /// <summary>How many times in all a caller runs work that failed transiently before treating it as failed.</summary>
    public const int Attempts = 3;

    /// <summary>True when <paramref name="error"/>, or an exception it wraps, is a deadlock or serialization failure.</summary>
    public static bool IsTransient(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }
}
