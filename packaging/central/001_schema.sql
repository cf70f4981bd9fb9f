-- R"sql(
-- Chainkeeper central server, schema version 1.
--
-- `chainkeeper central init` applies this file (it is compiled into the program; the first and
-- last lines are SQL comments that let the C++ build embed it). A site's IT may read it, or apply
-- it by hand in one transaction: psql -1 -v ON_ERROR_STOP=1 -f 001_schema.sql.
-- Everything lives in schema `ck`, owned by the role that applies it. Terminals log in as their
-- own roles (members of ck_terminal) and can only call ck.push, ck.pull, ck.last_pushed and
-- ck.terminal_status; they can neither read nor write a table.

CREATE SCHEMA ck;
REVOKE ALL ON SCHEMA ck FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA ck REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

CREATE TABLE ck.schema_version (
    version integer PRIMARY KEY,
    description text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user
);

-- Every event of every terminal, exactly as the terminal made and hashed it.
CREATE TABLE ck.events (
    server_pos bigserial PRIMARY KEY,
    id uuid UNIQUE NOT NULL,
    terminal_id text NOT NULL,
    seq bigint NOT NULL,
    utc text NOT NULL,
    actor text,
    type text,
    batch_id text,
    reason text,
    old_value text,
    new_value text,
    payload text,
    prev_hash text,
    hash text,
    received_at timestamptz DEFAULT now(),
    UNIQUE (terminal_id, seq)
);
CREATE INDEX events_batch ON ck.events (batch_id, server_pos);

CREATE TABLE ck.terminals (
    name text PRIMARY KEY,
    db_role text UNIQUE,
    suites text[],
    flagged boolean DEFAULT false,
    flag_reason text,
    last_seq bigint DEFAULT 0,
    last_hash text,
    last_push_at timestamptz,
    last_terminal_utc text,
    clock_offset_ms bigint,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Which suite each batch is in now: from batch.created (payload.batch.suite) and batch.moved
-- (payload.suite). Pull hands a terminal the batches of its suites.
CREATE TABLE ck.batch_suites (
    batch_id text PRIMARY KEY,
    suite text
);

-- Every flag raised and cleared, with who cleared it: the flags are part of the record.
CREATE TABLE ck.flag_history (
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    terminal text NOT NULL,
    action text NOT NULL CHECK (action IN ('flagged', 'cleared')),
    reason text,
    by_role text NOT NULL DEFAULT session_user
);

REVOKE ALL ON ALL TABLES IN SCHEMA ck FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA ck FROM PUBLIC;

-- Append-only: no UPDATE, DELETE or TRUNCATE of events or of the flag history, not even by the
-- owner (a superuser can drop the triggers; that is outside what the application can do).
CREATE FUNCTION ck.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ck.%: % refused, the central record is append-only', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
-- Statement triggers, so that even a statement touching no row is refused.
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ck.events
    FOR EACH STATEMENT EXECUTE FUNCTION ck.refuse_change();
CREATE TRIGGER flag_history_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ck.flag_history
    FOR EACH STATEMENT EXECUTE FUNCTION ck.refuse_change();

-- The terminal's hash of an event (README, "The record format"): SHA-256 of
-- "chainkeeper.event.v1;" then each field as "<byte length>:<UTF-8 bytes>;", lower-case hex.
-- The database must be UTF8 (central init checks), so octet_length counts UTF-8 bytes.
CREATE FUNCTION ck.event_hash(text, text, bigint, text, text, text, text, text, text, text, text,
                              text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT encode(sha256(convert_to(concat('chainkeeper.event.v1;',
        octet_length($1), ':', $1, ';', octet_length($2), ':', $2, ';',
        octet_length($3::text), ':', $3, ';', octet_length($4), ':', $4, ';',
        octet_length($5), ':', $5, ';', octet_length($6), ':', $6, ';',
        octet_length($7), ':', $7, ';', octet_length($8), ':', $8, ';',
        octet_length($9), ':', $9, ';', octet_length($10), ':', $10, ';',
        octet_length($11), ':', $11, ';', octet_length($12), ':', $12, ';'), 'UTF8')), 'hex')
$$;

CREATE FUNCTION ck.utc_text(timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char($1 AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- A terminal pushes its next events. See packaging/central/README.md for the rules; in short:
-- only its own events, duplicates (same id, same hash) skipped, then gap-free in seq, each
-- linking to the previous hash, each hash recomputed here. All or nothing; a refusal flags the
-- terminal until an administrator clears it, and is returned, not raised.
CREATE FUNCTION ck.push(p_events jsonb, p_terminal_now text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ck, pg_temp AS $$
DECLARE
    t ck.terminals%ROWTYPE;
    v_now timestamptz := clock_timestamp();
    v_code text;
    v_error text;
    v_total bigint;
    v_new bigint;
    v_last_seq bigint;
    v_last_hash text;
    v_offset bigint;
    v_suites bigint;
BEGIN
    SELECT * INTO t FROM ck.terminals WHERE db_role = session_user FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_terminal', 'error',
            format('role %s is not a registered terminal (chainkeeper central add-terminal)',
                   session_user));
    END IF;
    IF t.flagged THEN
        RETURN jsonb_build_object('ok', false, 'code', 'flagged', 'error',
            format('terminal %s is flagged and may not push until an administrator clears it '
                   '(chainkeeper central clear-flag %s): %s', t.name, t.name, t.flag_reason));
    END IF;
    IF p_events IS NULL OR jsonb_typeof(p_events) <> 'array' THEN
        RETURN jsonb_build_object('ok', false, 'code', 'invalid', 'error',
            'push takes a JSON array of events');
    END IF;

    -- One statement, one pass over the events: find the first event (in the order sent) that
    -- breaks a rule; when there is none, store the new events and the batches' suites.
    BEGIN
        WITH e AS MATERIALIZED (
            SELECT r.id, r.terminal, r.seq, r.utc, r.actor, r.type, r.batch, r.reason, r.old,
                   r.new, r.payload, r.prev, r.hash, r.ordinality AS ord,
                   -- Only an event at or below the last stored seq can be stored already.
                   CASE WHEN r.seq <= t.last_seq THEN
                        (SELECT s.hash FROM ck.events s WHERE s.id = r.id::uuid) END AS stored_hash,
                   -- The id as the terminal hashed it must be the uuid's own text form, since
                   -- that is what is stored and handed on (a cast error is caught below).
                   coalesce(r.id::uuid::text = r.id, false) AS id_ok
            FROM ROWS FROM (jsonb_to_recordset(p_events)
                            AS (id text, terminal text, seq bigint, utc text, actor text,
                                type text, batch text, reason text, old text, new text,
                                payload text, prev text, hash text)) WITH ORDINALITY AS r
        ),
        fresh AS MATERIALIZED (
            SELECT e.*,
                   t.last_seq + row_number() OVER w AS expected_seq,
                   coalesce(lag(e.hash) OVER w, t.last_hash, repeat('0', 64)) AS expected_prev
            FROM e
            WHERE e.id_ok AND e.terminal IS NOT DISTINCT FROM t.name
              AND NOT (e.stored_hash IS NOT NULL AND e.stored_hash = e.hash)
            WINDOW w AS (ORDER BY e.ord)
        ),
        problems AS (
            SELECT e.ord, 0 AS rank, 'foreign_terminal' AS code,
                   format('terminal %s cannot push events of terminal %s', t.name,
                          coalesce(e.terminal, '(none)')) AS msg
            FROM e WHERE e.terminal IS DISTINCT FROM t.name
            UNION ALL
            SELECT e.ord, 1, 'invalid',
                   format('event %s: not a lower-case UUID', coalesce(e.id, '(none)'))
            FROM e WHERE NOT e.id_ok
            UNION ALL
            SELECT e.ord, 2, 'fork',
                   format('event %s (seq %s) is already stored with a different hash: the chain '
                          'of terminal %s forked', e.id, e.seq, t.name)
            FROM e WHERE e.stored_hash IS NOT NULL AND e.stored_hash IS DISTINCT FROM e.hash
            UNION ALL
            SELECT f.ord, 3,
                   CASE WHEN f.seq <= t.last_seq THEN 'fork' ELSE 'gap' END,
                   CASE WHEN f.seq <= t.last_seq AND f.seq >= 1 THEN
                        format('event %s (seq %s): terminal %s already pushed seq %s as another '
                               'event: the chain forked (expected seq %s)', f.id, f.seq, t.name,
                               f.seq, f.expected_seq)
                        ELSE format('event %s: sequence gap for terminal %s: expected seq %s, '
                                    'got %s', f.id, t.name, f.expected_seq,
                                    coalesce(f.seq::text, '(none)'))
                   END
            FROM fresh f WHERE f.seq IS DISTINCT FROM f.expected_seq
            UNION ALL
            SELECT f.ord, 4, 'fork',
                   format('event %s (seq %s): its previous hash %s does not match the last '
                          'stored hash %s of terminal %s: the chain forked', f.id, f.seq,
                          coalesce(f.prev, '(none)'), f.expected_prev, t.name)
            FROM fresh f WHERE f.seq = f.expected_seq
                           AND f.prev IS DISTINCT FROM f.expected_prev
            UNION ALL
            -- The hash input of README "The record format", written out (inlined: a call of
            -- ck.event_hash per row costs twice as much).
            SELECT f.ord, 5, 'hash',
                   format('event %s (seq %s): content does not match its hash', f.id, f.seq)
            FROM fresh f
            WHERE f.seq = f.expected_seq AND f.prev = f.expected_prev
              AND f.hash IS DISTINCT FROM encode(sha256(convert_to(concat(
                    'chainkeeper.event.v1;',
                    octet_length(f.id), ':', f.id, ';',
                    octet_length(f.terminal), ':', f.terminal, ';',
                    octet_length(f.seq::text), ':', f.seq, ';',
                    octet_length(coalesce(f.utc, '')), ':', f.utc, ';',
                    octet_length(coalesce(f.actor, '')), ':', f.actor, ';',
                    octet_length(coalesce(f.type, '')), ':', f.type, ';',
                    octet_length(coalesce(f.batch, '')), ':', f.batch, ';',
                    octet_length(coalesce(f.reason, '')), ':', f.reason, ';',
                    octet_length(coalesce(f.old, '')), ':', f.old, ';',
                    octet_length(coalesce(f.new, '')), ':', f.new, ';',
                    octet_length(coalesce(f.payload, '')), ':', f.payload, ';',
                    octet_length(f.prev), ':', f.prev, ';'), 'UTF8')), 'hex')
        ),
        first_problem AS MATERIALIZED (
            SELECT p.code, p.msg FROM problems p ORDER BY p.rank = 0 DESC, p.ord, p.rank LIMIT 1
        ),
        stored AS (
            INSERT INTO ck.events (id, terminal_id, seq, utc, actor, type, batch_id, reason,
                                   old_value, new_value, payload, prev_hash, hash, received_at)
            SELECT f.id::uuid, f.terminal, f.seq, coalesce(f.utc, ''), coalesce(f.actor, ''),
                   coalesce(f.type, ''), coalesce(f.batch, ''), coalesce(f.reason, ''),
                   coalesce(f.old, ''), coalesce(f.new, ''), coalesce(f.payload, ''), f.prev,
                   f.hash, v_now
            FROM fresh f
            WHERE NOT EXISTS (SELECT 1 FROM first_problem)
            ORDER BY f.ord
            RETURNING 1
        ),
        -- The batches' suites, the last move of a batch in this push winning.
        suites AS (
            INSERT INTO ck.batch_suites (batch_id, suite)
            SELECT DISTINCT ON (f.batch) f.batch,
                   coalesce(f.payload::jsonb -> 'batch' ->> 'suite', f.payload::jsonb ->> 'suite',
                            '')
            FROM fresh f
            WHERE NOT EXISTS (SELECT 1 FROM first_problem)
              AND f.type IN ('batch.created', 'batch.moved') AND coalesce(f.batch, '') <> ''
            ORDER BY f.batch, f.ord DESC
            ON CONFLICT (batch_id) DO UPDATE SET suite = EXCLUDED.suite
            RETURNING 1
        )
        SELECT (SELECT p.code FROM first_problem p), (SELECT p.msg FROM first_problem p),
               (SELECT count(*) FROM stored), (SELECT count(*) FROM e),
               (SELECT f.seq FROM fresh f ORDER BY f.ord DESC LIMIT 1),
               (SELECT f.hash FROM fresh f ORDER BY f.ord DESC LIMIT 1),
               (SELECT count(*) FROM suites)
          INTO v_code, v_error, v_new, v_total, v_last_seq, v_last_hash, v_suites;
    EXCEPTION WHEN invalid_text_representation THEN
        v_code := 'invalid';
        -- An id that is no UUID, or a batch event whose payload is no JSON.
        v_error := format('terminal %s: malformed event (%s)', t.name, SQLERRM);
    WHEN unique_violation THEN
        -- Only reachable when the rules above missed a case: refuse, store nothing.
        v_code := 'fork';
        v_error := format('terminal %s: an event of this push is already stored (%s)', t.name,
                          SQLERRM);
    END;

    IF v_code IS NOT NULL THEN
        IF v_code <> 'invalid' THEN
            UPDATE ck.terminals SET flagged = true, flag_reason = v_error WHERE name = t.name;
            INSERT INTO ck.flag_history (terminal, action, reason)
            VALUES (t.name, 'flagged', v_error);
        END IF;
        RETURN jsonb_build_object('ok', false, 'code', v_code, 'error', v_error);
    END IF;
    IF v_new = 0 THEN
        v_last_seq := t.last_seq;
        v_last_hash := t.last_hash;
    END IF;

    BEGIN
        v_offset := round(extract(epoch FROM (p_terminal_now::timestamptz - v_now)) * 1000);
    EXCEPTION WHEN others THEN
        v_offset := NULL;
    END;
    UPDATE ck.terminals
       SET last_seq = v_last_seq, last_hash = v_last_hash, last_push_at = v_now,
           last_terminal_utc = p_terminal_now, clock_offset_ms = v_offset
     WHERE name = t.name;

    RETURN jsonb_build_object('ok', true, 'accepted', v_new, 'duplicates', v_total - v_new,
                              'lastSeq', v_last_seq, 'serverTime', ck.utc_text(v_now),
                              'clockOffsetMs', v_offset);
END
$$;

-- What the other terminals did that this terminal's suites see, from a cursor (server_pos).
CREATE FUNCTION ck.pull(p_after bigint, p_limit integer) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ck, pg_temp AS $$
DECLARE
    t ck.terminals%ROWTYPE;
    v_limit integer := least(greatest(coalesce(p_limit, 500), 1), 10000);
    v_events jsonb;
    v_cursor bigint;
    v_more boolean;
BEGIN
    SELECT * INTO t FROM ck.terminals WHERE db_role = session_user;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_terminal', 'error',
            format('role %s is not a registered terminal', session_user));
    END IF;
    WITH page AS (
        SELECT e.server_pos, row_number() OVER (ORDER BY e.server_pos) AS n,
               jsonb_build_object(
                   'pos', e.server_pos, 'id', e.id::text, 'terminal', e.terminal_id,
                   'seq', e.seq, 'utc', e.utc, 'actor', e.actor, 'type', e.type,
                   'batch', e.batch_id, 'reason', e.reason, 'old', e.old_value,
                   'new', e.new_value, 'payload', e.payload, 'prev', e.prev_hash,
                   'hash', e.hash) AS obj
        FROM ck.events e
        WHERE e.server_pos > coalesce(p_after, 0)
          AND e.terminal_id <> t.name
          AND (e.batch_id = ''
               OR EXISTS (SELECT 1 FROM ck.batch_suites b
                          WHERE b.batch_id = e.batch_id AND b.suite = ANY (t.suites)))
        ORDER BY e.server_pos
        LIMIT v_limit + 1
    )
    SELECT coalesce(jsonb_agg(p.obj ORDER BY p.server_pos) FILTER (WHERE p.n <= v_limit),
                    '[]'::jsonb),
           max(p.server_pos) FILTER (WHERE p.n <= v_limit),
           count(*) > v_limit
      INTO v_events, v_cursor, v_more
      FROM page p;
    RETURN jsonb_build_object('events', v_events, 'cursor', coalesce(v_cursor, p_after, 0),
                              'more', v_more);
END
$$;

-- What the server already has of the calling terminal's chain.
CREATE FUNCTION ck.last_pushed() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ck, pg_temp AS $$
DECLARE
    t ck.terminals%ROWTYPE;
BEGIN
    SELECT * INTO t FROM ck.terminals WHERE db_role = session_user;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('ok', false, 'code', 'unknown_terminal', 'error',
            format('role %s is not a registered terminal', session_user));
    END IF;
    RETURN jsonb_build_object('terminal', t.name, 'lastSeq', t.last_seq,
                              'lastHash', coalesce(t.last_hash, repeat('0', 64)),
                              'flagged', t.flagged, 'flagReason', t.flag_reason);
END
$$;

-- Every terminal, for the supervisor view and `chainkeeper central terminals`.
CREATE FUNCTION ck.terminal_status() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ck, pg_temp AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'name', t.name, 'role', t.db_role, 'suites', to_jsonb(t.suites),
               'lastSeq', t.last_seq, 'eventsStored', t.last_seq,
               'lastPushAt', CASE WHEN t.last_push_at IS NULL THEN NULL
                                  ELSE ck.utc_text(t.last_push_at) END,
               'lastTerminalUtc', t.last_terminal_utc, 'clockOffsetMs', t.clock_offset_ms,
               'flagged', t.flagged, 'flagReason', t.flag_reason) ORDER BY t.name),
           '[]'::jsonb)
    FROM ck.terminals t
$$;

-- Lets a flagged terminal push again, after someone looked at why it was flagged. Owner only.
CREATE FUNCTION ck.clear_flag(p_name text) RETURNS boolean
LANGUAGE plpgsql SET search_path = ck, pg_temp AS $$
BEGIN
    UPDATE ck.terminals SET flagged = false, flag_reason = NULL WHERE name = p_name AND flagged;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    INSERT INTO ck.flag_history (terminal, action, reason) VALUES (p_name, 'cleared', NULL);
    RETURN true;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ck FROM PUBLIC;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ck_terminal') THEN
        CREATE ROLE ck_terminal NOLOGIN;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA ck TO ck_terminal;
GRANT EXECUTE ON FUNCTION ck.push(jsonb, text), ck.pull(bigint, integer), ck.last_pushed(),
    ck.terminal_status() TO ck_terminal;

INSERT INTO ck.schema_version (version, description)
VALUES (1, 'events, terminals, batch suites, push, pull, roles');
-- )sql"_ckSql
