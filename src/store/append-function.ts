/**
 * The SQL of `<schema>.sb_append`, the only way events enter the log.
 *
 * Why a function: the append is one round trip, and everything that must happen
 * in a fixed order (lock, assign the transaction id, assign positions, unlock)
 * happens inside the server where a client cannot interleave anything.
 *
 * The no-skip argument (readers are in sql-event-store.ts):
 * 1. Positions come from a bigserial whose nextval is called only inside the
 *    global append lock, and the transaction id (xid8) is assigned inside the
 *    same lock. Lock sections are serial, xids and nextval both only grow, so
 *    among event rows: position p1 < p2  =>  transaction_id x1 <= x2.
 * 2. The lock is released before commit, so commits still overlap (group
 *    commit keeps throughput); only "take xid + take positions" is serial.
 * 3. An append must be the first write of its transaction: an xid assigned
 *    earlier (before the lock) would break (1).
 *
 * Beyond the brief's design, each append also takes a per-stream advisory lock
 * held to commit. Appends to one stream are then serial through commit, so the
 * idempotency and expected-version checks read the stream's true state: two
 * racing appends with the same command id resolve to "first wins, second gets
 * duplicate" inside the database, and the global lock is never held while
 * waiting on another transaction's uncommitted row (which, with a unique
 * violation wait, would stall every writer behind one slow transaction).
 * Appends to one stream are serial anyway (one writer per actor), so this
 * costs nothing in practice. The (stream_id, version) unique key remains the
 * safety net and is mapped to ConcurrencyError by the store.
 */
import { NOT_FIRST_WRITE, VERSION_CONFLICT } from "./sql-errors.ts";

/**
 * Raised by `sb_append` when the append's partition epoch is lower than the
 * one last claimed (`sb_claim_partition`): the writer's lease was taken over.
 * DETAIL holds the current epoch.
 */
export const FENCED = "SB003";

/** The fence check both append functions run first, with `v_fence` the append's {partition, epoch}. */
function fenceCheck(schema: string, fence: string): string {
  return `
    IF ${fence} IS NOT NULL THEN
      SELECT f.epoch INTO v_epoch FROM ${schema}.partition_epochs f
      WHERE f.partition = (${fence}->>'partition')::integer;
      IF v_epoch IS NOT NULL AND v_epoch > (${fence}->>'epoch')::bigint THEN
        RAISE EXCEPTION 'partition % was claimed at epoch %, this writer holds epoch %',
          ${fence}->>'partition', v_epoch, ${fence}->>'epoch'
          USING ERRCODE = '${FENCED}', DETAIL = v_epoch::text;
      END IF;
    END IF;`;
}

/**
 * The SQL of `<schema>.sb_claim_partition`: a node that has just taken a
 * partition's lease claims the next epoch for it, and appends it makes from
 * then on carry that epoch. Any append still carrying an older one (a node
 * that lost the lease and does not know it yet) is refused: the lease says
 * who should write, the epoch makes sure nobody else can.
 */
export function claimPartitionFunctionSql(schema: string): string {
  return `
CREATE OR REPLACE FUNCTION ${schema}.sb_claim_partition(p_partition integer)
RETURNS bigint LANGUAGE sql AS $sb_claim$
  INSERT INTO ${schema}.partition_epochs AS f (partition, epoch) VALUES (p_partition, 1)
  ON CONFLICT (partition) DO UPDATE SET epoch = f.epoch + 1, claimed_at = now()
  RETURNING epoch
$sb_claim$;`;
}

export interface AppendLockKeys {
  /** Session-level lock around xid + position assignment (bigint key space). */
  global: bigint;
  /** First half of the per-stream (int4, int4) key; the second is hashtext(stream_id). */
  streamClass: number;
}

/** 64-bit FNV-1a: deterministic across processes and PostgreSQL versions. */
function fnv1a64(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash;
}

/**
 * Keys derived from the schema name, so that several stores in one database
 * (tests, tenants) do not serialize each other's appends. The (int4, int4)
 * advisory key space is distinct from the bigint one, so a stream key can
 * never collide with the global key.
 */
export function appendLockKeys(schema: string): AppendLockKeys {
  return {
    global: BigInt.asIntN(64, fnv1a64(`switchboard.append:${schema}`)),
    streamClass: Number(BigInt.asIntN(32, fnv1a64(`switchboard.stream:${schema}`))),
  };
}

export function appendFunctionSql(schema: string): string {
  const { global, streamClass } = appendLockKeys(schema);
  return `
CREATE OR REPLACE FUNCTION ${schema}.sb_append(
  p_stream_id text,
  p_expected bigint,   -- NULL: any version; 0: the stream must not exist; n: must be at n
  p_command_id text,   -- NULL: no idempotency check
  p_events jsonb,      -- [{id, type, schemaVersion, data, metadata}, ...]
  p_fence jsonb DEFAULT NULL  -- {partition, epoch}: refused if the partition was claimed since
) RETURNS TABLE (appended_version bigint, appended_position bigint, duplicate boolean)
LANGUAGE plpgsql AS $sb_append$
DECLARE
  v_current bigint;
  v_epoch bigint;
BEGIN
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'sb_append must be the first write of its transaction'
      USING ERRCODE = '${NOT_FIRST_WRITE}',
            HINT = 'an earlier write assigned a transaction id outside the append lock, '
                   'which would let readers skip events; append first, then write';
  END IF;

  -- Held until commit or rollback: appends to one stream are serial.
  PERFORM pg_advisory_xact_lock(${streamClass}, hashtext(p_stream_id));
${fenceCheck(schema, "p_fence")}

  IF p_command_id IS NOT NULL THEN
    RETURN QUERY
      SELECT e.version, e.position, true FROM ${schema}.events e
      WHERE e.stream_id = p_stream_id AND e.command_id = p_command_id
      ORDER BY e.version;
    IF FOUND THEN RETURN; END IF;
  END IF;

  SELECT coalesce(max(e.version), 0) INTO v_current
  FROM ${schema}.events e WHERE e.stream_id = p_stream_id;
  IF p_expected IS NOT NULL AND p_expected <> v_current THEN
    RAISE EXCEPTION 'stream % is at version %, expected %', p_stream_id, v_current, p_expected
      USING ERRCODE = '${VERSION_CONFLICT}', DETAIL = v_current::text;
  END IF;

  -- The lock is taken inside the block so that an error or a cancel at any
  -- point after it is acquired reaches a handler that releases it: a leaked
  -- session lock would block every writer of this schema.
  BEGIN
    PERFORM pg_advisory_lock(${global});
    PERFORM pg_current_xact_id();  -- assign this transaction's xid inside the lock
    RETURN QUERY
      INSERT INTO ${schema}.events AS e
        (event_id, stream_id, version, type, schema_version, data, metadata, command_id)
      SELECT (x.event->>'id')::uuid, p_stream_id, v_current + x.n, x.event->>'type',
             (x.event->>'schemaVersion')::int, coalesce(x.event->'data', 'null'::jsonb),
             coalesce(x.event->'metadata', '{}'::jsonb), p_command_id
      FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(event, n)
      ORDER BY x.n
      RETURNING e.version, e.position, false;
    PERFORM pg_advisory_unlock(${global});  -- before commit: commits are not serialized
  EXCEPTION
    -- OTHERS does not cover query_canceled (cancel, statement_timeout).
    WHEN query_canceled THEN
      PERFORM pg_advisory_unlock(${global});
      RAISE;
    WHEN OTHERS THEN
      PERFORM pg_advisory_unlock(${global});
      RAISE;
  END;
END
$sb_append$;`;
}

/**
 * The SQL of `<schema>.sb_append_batch`: several appends, each to its own
 * stream, in one round trip and one transaction (group commit: under load
 * the store sends what queued up behind the appends in flight together,
 * see append-batcher.ts). Each entry is judged on its own exactly as
 * sb_append judges one (idempotency by command id, then the expected
 * version); entries that fail a check are answered with a row that says so
 * and take no part in the insert, so one conflict never fails the others.
 * The rest is sb_append's argument: every xid and position is assigned
 * inside the global lock, so the no-skip proof above holds for a batch as
 * for a single append. Stream locks are taken in key order: two batches
 * that share streams cannot wait on each other in a cycle.
 *
 * p_batch: [{stream, expected (null = any), commandId (or null), events: [...],
 *            fence (optional {partition, epoch})}, ...]
 * Rows: (entry, version, position, duplicate, actual): `entry` is 1-based;
 * a conflict is a row with only `actual` (the stream's version) set.
 */
export function appendBatchFunctionSql(schema: string): string {
  const { global, streamClass } = appendLockKeys(schema);
  return `
CREATE OR REPLACE FUNCTION ${schema}.sb_append_batch(p_batch jsonb)
RETURNS TABLE (entry integer, appended_version bigint, appended_position bigint,
               duplicate boolean, actual_version bigint)
LANGUAGE plpgsql AS $sb_append_batch$
DECLARE
  v_count integer := jsonb_array_length(p_batch);
  v_streams text[] := ARRAY(SELECT b->>'stream' FROM jsonb_array_elements(p_batch) b);
  v_base bigint[] := array_fill(NULL::bigint, ARRAY[jsonb_array_length(p_batch)]);
  v_entry jsonb;
  v_current bigint;
  v_key integer;
  v_epoch bigint;
  v_insert boolean := false;
BEGIN
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'sb_append_batch must be the first write of its transaction'
      USING ERRCODE = '${NOT_FIRST_WRITE}';
  END IF;

  FOR v_key IN SELECT DISTINCT hashtext(s) FROM unnest(v_streams) s ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(${streamClass}, v_key);
  END LOOP;

  FOR i IN 1..v_count LOOP
    v_entry := p_batch->(i - 1);
    -- A fenced entry fails the whole batch, which the store then sends entry by
    -- entry (append-batcher.ts): only that one gets the error.
${fenceCheck(schema, "(v_entry->'fence')")}
    IF v_entry->>'commandId' IS NOT NULL THEN
      RETURN QUERY
        SELECT i, e.version, e.position, true, NULL::bigint FROM ${schema}.events e
        WHERE e.stream_id = v_streams[i] AND e.command_id = v_entry->>'commandId'
        ORDER BY e.version;
      IF FOUND THEN CONTINUE; END IF;
    END IF;
    SELECT coalesce(max(e.version), 0) INTO v_current
    FROM ${schema}.events e WHERE e.stream_id = v_streams[i];
    IF jsonb_typeof(v_entry->'expected') = 'number'
       AND (v_entry->>'expected')::bigint <> v_current THEN
      RETURN QUERY SELECT i, NULL::bigint, NULL::bigint, false, v_current;
      CONTINUE;
    END IF;
    v_base[i] := v_current;
    v_insert := true;
  END LOOP;
  IF NOT v_insert THEN RETURN; END IF;

  BEGIN
    PERFORM pg_advisory_lock(${global});
    PERFORM pg_current_xact_id();
    RETURN QUERY
      WITH inserted AS (
        INSERT INTO ${schema}.events AS e
          (event_id, stream_id, version, type, schema_version, data, metadata, command_id)
        SELECT (x.event->>'id')::uuid, v_streams[b.i], v_base[b.i] + x.n, x.event->>'type',
               (x.event->>'schemaVersion')::int, coalesce(x.event->'data', 'null'::jsonb),
               coalesce(x.event->'metadata', '{}'::jsonb), b.entry->>'commandId'
        FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS b(entry, i)
        CROSS JOIN LATERAL jsonb_array_elements(b.entry->'events') WITH ORDINALITY AS x(event, n)
        WHERE v_base[b.i] IS NOT NULL
        ORDER BY b.i, x.n
        RETURNING e.stream_id, e.version, e.position
      )
      SELECT array_position(v_streams, ins.stream_id), ins.version, ins.position, false,
             NULL::bigint
      FROM inserted ins;
    PERFORM pg_advisory_unlock(${global});
  EXCEPTION
    WHEN query_canceled THEN
      PERFORM pg_advisory_unlock(${global});
      RAISE;
    WHEN OTHERS THEN
      PERFORM pg_advisory_unlock(${global});
      RAISE;
  END;
END
$sb_append_batch$;`;
}
