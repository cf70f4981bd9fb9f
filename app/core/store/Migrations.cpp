#include "Migrations.h"

namespace ck {

const std::vector<QStringList> &schemaMigrations()
{
    static const std::vector<QStringList> migrations = {
        // 0 -> 1: the audit trail and the first projections (recipes, batches, steps, entries,
        // exceptions).
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(R"(CREATE TABLE events (
                pos INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                terminal_id TEXT NOT NULL,
                seq INTEGER NOT NULL CHECK (seq >= 1),
                utc TEXT NOT NULL,
                actor TEXT NOT NULL,
                type TEXT NOT NULL,
                batch_id TEXT NOT NULL DEFAULT '',
                reason TEXT NOT NULL DEFAULT '',
                old_value TEXT NOT NULL DEFAULT '',
                new_value TEXT NOT NULL DEFAULT '',
                payload TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL,
                UNIQUE (terminal_id, seq)))"),
            QStringLiteral("CREATE INDEX events_batch ON events (batch_id)"),
            QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN "
                           "SELECT RAISE(ABORT, 'events are append-only: UPDATE refused'); END"),
            QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN "
                           "SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END"),
            QStringLiteral(R"(CREATE TABLE recipes (
                id TEXT NOT NULL,
                version INTEGER NOT NULL,
                title TEXT NOT NULL,
                status TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                content TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                PRIMARY KEY (id, version)))"),
            QStringLiteral(R"(CREATE TABLE batches (
                id TEXT PRIMARY KEY,
                order_no TEXT NOT NULL,
                recipe_id TEXT NOT NULL,
                recipe_version INTEGER NOT NULL,
                recipe_hash TEXT NOT NULL,
                coi_id TEXT NOT NULL,
                patient_initials TEXT NOT NULL,
                suite TEXT NOT NULL,
                due_utc TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL,
                active_step TEXT NOT NULL DEFAULT '',
                order_data TEXT NOT NULL DEFAULT '{}',
                created_at TEXT NOT NULL,
                started_at TEXT NOT NULL DEFAULT '',
                ended_at TEXT NOT NULL DEFAULT '',
                state_reason TEXT NOT NULL DEFAULT '',
                FOREIGN KEY (recipe_id, recipe_version) REFERENCES recipes (id, version)))"),
            QStringLiteral(R"(CREATE TABLE step_states (
                batch_id TEXT NOT NULL REFERENCES batches (id),
                step_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                state TEXT NOT NULL,
                iterations_done INTEGER NOT NULL DEFAULT 0,
                reason TEXT NOT NULL DEFAULT '',
                activated_at TEXT NOT NULL DEFAULT '',
                completed_at TEXT NOT NULL DEFAULT '',
                timer_started_at TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (batch_id, step_id)))"),
            QStringLiteral(R"(CREATE TABLE entries (
                event_id TEXT PRIMARY KEY,
                batch_id TEXT NOT NULL REFERENCES batches (id),
                step_id TEXT NOT NULL,
                iteration INTEGER NOT NULL,
                value TEXT NOT NULL,
                flag TEXT NOT NULL,
                entered_at TEXT NOT NULL,
                actor TEXT NOT NULL,
                superseded_by TEXT NOT NULL DEFAULT '',
                correction_reason TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX entries_step ON entries (batch_id, step_id)"),
            QStringLiteral(R"(CREATE TABLE exceptions (
                id TEXT PRIMARY KEY,
                batch_id TEXT NOT NULL REFERENCES batches (id),
                step_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL,
                status TEXT NOT NULL,
                raised_at TEXT NOT NULL,
                raised_by TEXT NOT NULL,
                resolution TEXT NOT NULL DEFAULT '',
                resolution_reason TEXT NOT NULL DEFAULT '',
                resolved_at TEXT NOT NULL DEFAULT '',
                resolved_by TEXT NOT NULL DEFAULT ''))"),
        },
        // 1 -> 2: people (users, password history), site settings and electronic signatures.
        {
            QStringLiteral(R"(CREATE TABLE users (
                user_id TEXT PRIMARY KEY,
                printed_name TEXT NOT NULL,
                badge_id TEXT NOT NULL,
                roles TEXT NOT NULL,
                status TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                password_changed_at TEXT NOT NULL,
                must_change_password INTEGER NOT NULL DEFAULT 0,
                failed_signins INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL))"),
            QStringLiteral(
                "CREATE UNIQUE INDEX users_badge ON users (badge_id) WHERE badge_id <> ''"),
            QStringLiteral(R"(CREATE TABLE password_history (
                user_id TEXT NOT NULL REFERENCES users (user_id),
                password_hash TEXT NOT NULL,
                changed_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                changed_at TEXT NOT NULL,
                changed_by TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE signatures (
                event_id TEXT PRIMARY KEY,
                batch_id TEXT NOT NULL,
                signer TEXT NOT NULL,
                printed_name TEXT NOT NULL,
                role TEXT NOT NULL,
                meaning TEXT NOT NULL,
                signed_at TEXT NOT NULL,
                signed_events TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX signatures_batch ON signatures (batch_id)"),
        },
        // 2 -> 3: the signatures a step has been given (meaning -> signature), so the engine
        // knows which one it still waits for.
        {
            QStringLiteral("ALTER TABLE step_states ADD COLUMN signatures TEXT NOT NULL "
                           "DEFAULT '{}'"),
        },
        // 3 -> 4: the batch's DIN, bound by the first scan of a step that binds it, which every
        // later DIN scan of the batch must match.
        {
            QStringLiteral("ALTER TABLE batches ADD COLUMN din TEXT NOT NULL DEFAULT ''"),
        },
        // 4 -> 5: deviations (the record around every exception, and those raised by hand),
        // their comment thread, and the disposition of each container of a terminated run.
        {
            QStringLiteral(R"(CREATE TABLE deviations (
                id TEXT PRIMARY KEY,
                batch_id TEXT NOT NULL REFERENCES batches (id),
                step_id TEXT NOT NULL DEFAULT '',
                trigger TEXT NOT NULL,
                category TEXT NOT NULL DEFAULT '',
                severity TEXT NOT NULL,
                blocking TEXT NOT NULL,
                status TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT '',
                immediate_action TEXT NOT NULL DEFAULT '',
                containers TEXT NOT NULL DEFAULT '[]',
                affected_steps TEXT NOT NULL DEFAULT '[]',
                related_events TEXT NOT NULL DEFAULT '[]',
                exception_id TEXT NOT NULL DEFAULT '',
                raised_at TEXT NOT NULL,
                raised_by TEXT NOT NULL,
                raised_event TEXT NOT NULL,
                submitted_at TEXT NOT NULL DEFAULT '',
                submitted_by TEXT NOT NULL DEFAULT '',
                decision TEXT NOT NULL DEFAULT '',
                consequence TEXT NOT NULL DEFAULT '',
                decided_at TEXT NOT NULL DEFAULT '',
                decided_by TEXT NOT NULL DEFAULT '',
                closed_at TEXT NOT NULL DEFAULT '',
                closed_by TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX deviations_batch ON deviations (batch_id)"),
            QStringLiteral(R"(CREATE TABLE deviation_comments (
                event_id TEXT PRIMARY KEY,
                deviation_id TEXT NOT NULL REFERENCES deviations (id),
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                at TEXT NOT NULL,
                by TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX deviation_comments_deviation ON deviation_comments "
                           "(deviation_id)"),
            QStringLiteral(R"(CREATE TABLE container_dispositions (
                batch_id TEXT NOT NULL REFERENCES batches (id),
                container TEXT NOT NULL,
                disposition TEXT NOT NULL,
                reason TEXT NOT NULL,
                at TEXT NOT NULL,
                by TEXT NOT NULL,
                event_id TEXT NOT NULL,
                PRIMARY KEY (batch_id, container)))"),
        },
        // sync
        // 5 -> 6: sync with the central server. What was pushed and pulled lives in `meta`
        // (sync.* keys, this terminal's own bookkeeping, never an event); this table keeps each
        // sync conflict found while importing another terminal's event, written in the same
        // transaction as the import, so a crash cannot lose one before it is raised.
        {
            QStringLiteral(R"(CREATE TABLE sync_conflicts (
                event_id TEXT PRIMARY KEY,
                batch_id TEXT NOT NULL,
                step_id TEXT NOT NULL DEFAULT '',
                own_event TEXT NOT NULL DEFAULT '',
                conflicting TEXT NOT NULL,
                detail TEXT NOT NULL,
                detected_at TEXT NOT NULL,
                raise_here INTEGER NOT NULL,
                raised_event TEXT NOT NULL DEFAULT ''))"),
        },
    };
    return migrations;
}

} // namespace ck
