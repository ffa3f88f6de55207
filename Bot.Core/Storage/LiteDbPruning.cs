using LiteDB;

namespace Bot.Core.Storage;

/// <summary>
/// Deleting the oldest finished records of a LiteDB collection whose ids grow with time (inbox, outbox): walks from
/// the lowest id and stops at the first record inside the keeping window, so a call reads little more than it deletes.
/// </summary>
internal static class LiteDbPruning
{
    private const int Page = 500;

    /// <summary>
    /// Deletes, in one transaction, up to <paramref name="max"/> of the records that are <paramref name="old"/> and
    /// <paramref name="finished"/>, lowest id first, looking no further than the first record that is not old.
    /// </summary>
    public static int DeleteOldest<T>(BotDatabase db, ILiteCollection<T> items, Func<T, long> id, Func<T, bool> old, Func<T, bool> finished, int max)
    {
        var ids = new List<long>();
        long after = 0;
        while (ids.Count < max)
        {
            var page = items.Find(Expressions.Of("$._id > @0", after), 0, Page).OrderBy(id).ToList();
            if (page.Count == 0)
            {
                break;
            }

            var expired = page.TakeWhile(old).ToList();
            ids.AddRange(expired.Where(finished).Select(id).Take(max - ids.Count));
            if (expired.Count < page.Count)
            {
                break;
            }

            after = id(page[^1]);
        }

        if (ids.Count > 0)
        {
            db.InTransaction(() =>
            {
                foreach (var i in ids)
                {
                    items.Delete(i);
                }
            });
        }

        return ids.Count;
    }
}
