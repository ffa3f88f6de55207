namespace Bot.Core.Storage.Postgres;

/// <summary>One step of the PostgreSQL schema: applied once, in order of <see cref="Version"/>, never edited once released.</summary>
public sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// The PostgreSQL schema as an ordered list of migrations. A released migration is never changed: a change to the
/// schema is a new entry at the end with the next version. <see cref="MigrationsRunner"/> applies the missing ones at
/// start and records each in <c>schema_migrations</c>.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "conversations", """
            CREATE TABLE conversations (
                id          text        PRIMARY KEY,
                updated_at  timestamptz NOT NULL,
                body        jsonb       NOT NULL
            );
            CREATE INDEX conversations_updated_at ON conversations (updated_at);
            """),
        new(2, "outbox", """
            CREATE TABLE outbox (
                id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                dedupe_key         text        NOT NULL UNIQUE,
                queue              text        NOT NULL,
                status             smallint    NOT NULL,
                priority           smallint    NOT NULL,
                attempts           integer     NOT NULL DEFAULT 0,
                created_at         timestamptz NOT NULL,
                next_attempt_at    timestamptz NOT NULL,
                sent_at            timestamptz,
                last_error         text,
                claimed_by         text,
                claimed_until      timestamptz,
                channel            text        NOT NULL,
                chat_id            text        NOT NULL,
                chat_kind          smallint    NOT NULL,
                thread_id          text,
                text               text        NOT NULL,
                buttons_json       text,
                file_name          text,
                file_content_type  text,
                file_content       bytea,
                photo_ref          text,
                batch_key          text,
                reply_token        text,
                language           smallint
            );
            CREATE INDEX outbox_pending ON outbox (queue, chat_id, priority, id) WHERE queue <> '';
            CREATE INDEX outbox_finished ON outbox (created_at) WHERE queue = '';
            """),
        new(3, "inbox", """
            CREATE TABLE inbox (
                id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                key          text        NOT NULL UNIQUE,
                handled      boolean     NOT NULL DEFAULT false,
                attempts     integer     NOT NULL DEFAULT 0,
                channel      text        NOT NULL,
                chat_id      text        NOT NULL,
                received_at  timestamptz NOT NULL,
                body         jsonb       NOT NULL
            );
            CREATE INDEX inbox_unhandled ON inbox (channel, chat_id, id) WHERE NOT handled;
            CREATE INDEX inbox_handled ON inbox (received_at) WHERE handled;
            """),
        new(4, "people", """
            CREATE TABLE people (
                id                 text    PRIMARY KEY,
                name               text    NOT NULL,
                community_id       text    NOT NULL,
                telegram_username  text,
                telegram_user_id   text,
                wecom_user_id      text,
                identity_keys      text[]  NOT NULL,
                is_staff           boolean NOT NULL,
                body               jsonb   NOT NULL
            );
            CREATE INDEX people_identity_keys ON people USING gin (identity_keys);
            CREATE INDEX people_name ON people (name);
            CREATE INDEX people_community ON people (community_id);
            CREATE INDEX people_telegram_username ON people (telegram_username);
            CREATE INDEX people_telegram_user_id ON people (telegram_user_id);
            CREATE INDEX people_wecom_user_id ON people (wecom_user_id);
            CREATE TABLE communities (
                id    text PRIMARY KEY,
                name  text NOT NULL
            );
            CREATE TABLE groups (
                id            text        PRIMARY KEY,
                channel       text        NOT NULL,
                chat_id       text        NOT NULL,
                community_id  text        NOT NULL,
                purpose       integer     NOT NULL,
                bound_by      text        NOT NULL,
                bound_at      timestamptz NOT NULL
            );
            CREATE INDEX groups_community ON groups (community_id);
            CREATE TABLE invites (
                code          text        PRIMARY KEY,
                community_id  text        NOT NULL,
                role          integer     NOT NULL,
                created_by    text        NOT NULL,
                expires_at    timestamptz NOT NULL,
                used_by       text,
                used_at       timestamptz
            );
            """),
        new(5, "notices", """
            CREATE TABLE notices (
                id              integer     GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                status          smallint    NOT NULL,
                community_id    text        NOT NULL,
                occurrence_key  text,
                body            jsonb       NOT NULL
            );
            CREATE INDEX notices_status ON notices (status, id);
            CREATE INDEX notices_community ON notices (community_id, id);
            CREATE INDEX notices_occurrence ON notices (occurrence_key) WHERE occurrence_key IS NOT NULL;
            CREATE TABLE notice_recipients (
                notice_id  integer NOT NULL,
                person_id  text    NOT NULL,
                body       jsonb   NOT NULL,
                PRIMARY KEY (notice_id, person_id)
            );
            CREATE TABLE notice_previews (
                notice_id  integer     NOT NULL,
                person_id  text        NOT NULL,
                shown_at   timestamptz NOT NULL,
                PRIMARY KEY (notice_id, person_id)
            );
            CREATE INDEX notice_previews_person ON notice_previews (person_id, shown_at);
            """),
        new(6, "shifts", """
            CREATE TABLE duty_points (
                id            text  PRIMARY KEY,
                community_id  text  NOT NULL,
                body          jsonb NOT NULL
            );
            CREATE INDEX duty_points_community ON duty_points (community_id);
            CREATE TABLE roster (
                id            bigint  GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                community_id  text    NOT NULL,
                point_id      text    NOT NULL,
                cadre_id      text    NOT NULL,
                date          text    NOT NULL,
                cancelled     boolean NOT NULL,
                body          jsonb   NOT NULL
            );
            CREATE INDEX roster_point ON roster (point_id, date);
            CREATE INDEX roster_cadre ON roster (cadre_id);
            CREATE INDEX roster_date ON roster (date);
            CREATE TABLE shift_reminders (
                key         text        PRIMARY KEY,
                outcome     smallint    NOT NULL,
                due_at      timestamptz NOT NULL,
                handled_at  timestamptz NOT NULL
            );
            """),
        new(7, "purchases", """
            CREATE TABLE purchases (
                id             integer  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                version        integer  NOT NULL,
                community_id   text     NOT NULL,
                resident_id    text     NOT NULL,
                claimer_id     text,
                household_key  text     NOT NULL,
                status         smallint NOT NULL,
                body           jsonb    NOT NULL
            );
            CREATE INDEX purchases_community ON purchases (community_id, id);
            CREATE INDEX purchases_resident ON purchases (resident_id, id);
            CREATE INDEX purchases_claimer ON purchases (claimer_id, id) WHERE claimer_id IS NOT NULL;
            CREATE INDEX purchases_household ON purchases (household_key, id);
            CREATE INDEX purchases_status ON purchases (status, id);
            CREATE TABLE purchase_profiles (
                id    text  PRIMARY KEY,
                body  jsonb NOT NULL
            );
            CREATE TABLE purchase_priority (
                id            text  PRIMARY KEY,
                community_id  text  NOT NULL,
                body          jsonb NOT NULL
            );
            CREATE INDEX purchase_priority_community ON purchase_priority (community_id, id);
            """),
        new(8, "channels", """
            CREATE TABLE wecom_cards (
                id       text        PRIMARY KEY,
                sent_at  timestamptz NOT NULL,
                body     jsonb       NOT NULL
            );
            CREATE INDEX wecom_cards_sent_at ON wecom_cards (sent_at);
            CREATE TABLE wecom_appchats (
                id          text        PRIMARY KEY,
                created_at  timestamptz NOT NULL
            );
            CREATE TABLE telegram_menus (
                chat_id  text        PRIMARY KEY,
                key      text        NOT NULL,
                set_at   timestamptz NOT NULL
            );
            """),
        new(9, "notice occurrence unique", """
            DROP INDEX notices_occurrence;
            CREATE UNIQUE INDEX notices_occurrence ON notices (occurrence_key) WHERE occurrence_key IS NOT NULL;
            """),
        new(10, "rate permits", """
            CREATE TABLE rate_permits (
                id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                channel     text        NOT NULL,
                key         text        NOT NULL,
                at          timestamptz NOT NULL,
                expires_at  timestamptz NOT NULL
            );
            CREATE INDEX rate_permits_key ON rate_permits (channel, key, at);
            CREATE INDEX rate_permits_expiry ON rate_permits (channel, expires_at);
            """),
    ];

    /// <summary>The newest version the code knows.</summary>
    public static int Latest => All.Count == 0 ? 0 : All[^1].Version;
}
