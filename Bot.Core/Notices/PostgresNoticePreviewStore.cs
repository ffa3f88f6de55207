using Bot.Core.Storage.Postgres;

namespace Bot.Core.Notices;

/// <summary>Previews shown, in PostgreSQL (table <c>notice_previews</c>, one row per notice and person).</summary>
internal sealed class PostgresNoticePreviewStore(PostgresDatabase db) : INoticePreviewStore
{
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public void Shown(int noticeId, string personId, DateTime atUtc) => _db.InTransaction(() =>
    {
        using var command = _db.Command("""
            INSERT INTO notice_previews (notice_id, person_id, shown_at) VALUES (@n, @p, @at)
            ON CONFLICT (notice_id, person_id) DO UPDATE SET shown_at = excluded.shown_at
            """);
        command.Parameters.AddWithValue("n", noticeId);
        command.Parameters.AddWithValue("p", personId);
        command.Parameters.AddWithValue("at", StoredTime.AsUtc(atUtc));
        command.ExecuteNonQuery();
    });

    public DateTime? ShownAt(int noticeId, string personId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT shown_at FROM notice_previews WHERE notice_id = @n AND person_id = @p");
        command.Parameters.AddWithValue("n", noticeId);
        command.Parameters.AddWithValue("p", personId);
        return command.ExecuteScalar() is DateTime at ? StoredTime.AsUtc(at) : (DateTime?)null;
    });

    public NoticePreview? Latest(string personId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("""
            SELECT notice_id, shown_at FROM notice_previews WHERE person_id = @p
            ORDER BY shown_at DESC, notice_id DESC LIMIT 1
            """);
        command.Parameters.AddWithValue("p", personId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var noticeId = reader.GetInt32(0);
        return new NoticePreview
        {
            Id = NoticePreview.KeyOf(noticeId, personId),
            NoticeId = noticeId,
            PersonId = personId,
            ShownAtUtc = reader.GetDateTime(1),
        };
    });
}
