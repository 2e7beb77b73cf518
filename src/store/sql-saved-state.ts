/**
 * Where readers and actors keep their place over SQL: a projection's
 * checkpoint (the position it has applied) and an actor's latest snapshot.
 */
import { type Kysely, sql } from "kysely";
import type { Snapshot } from "./event-store.ts";
import { nonNegativeInteger, positiveInteger } from "./append-input.ts";
import { jsonb, toNumber } from "./rows.ts";
import { guard } from "./sql-errors.ts";
import type { StoreDatabase } from "./tables.ts";

type Db = Kysely<StoreDatabase>;

export async function loadCheckpoint(db: Db, name: string): Promise<number> {
  const row = await guard(
    db.selectFrom("checkpoints").select("position")
      .where("name", "=", name)
      .executeTakeFirst(),
  );
  return toNumber(row?.position);
}

export async function saveCheckpoint(db: Db, name: string, position: number): Promise<void> {
  const at = nonNegativeInteger(position, "checkpoint position");
  await guard(
    db.insertInto("checkpoints")
      .values({ name, position: at })
      .onConflict((oc) =>
        oc.column("name").doUpdateSet({ position: at, updated_at: sql<Date>`now()` })
      )
      .execute(),
  );
}

export async function saveSnapshot(db: Db, snapshot: Snapshot): Promise<void> {
  const version = positiveInteger(snapshot.version, "snapshot version");
  // Keep the newest: a slow writer must not replace a later snapshot with an older one.
  await guard(
    db.insertInto("snapshots")
      .values({ stream_id: snapshot.streamId, version, state: jsonb(snapshot.state) })
      .onConflict((oc) =>
        oc.column("stream_id")
          .doUpdateSet({
            version: (eb) => eb.ref("excluded.version"),
            state: (eb) => eb.ref("excluded.state"),
            saved_at: sql<Date>`now()`,
          })
          .where("snapshots.version", "<=", (eb) => eb.ref("excluded.version"))
      )
      .execute(),
  );
}

export async function loadSnapshot<S = unknown>(
  db: Db,
  streamId: string,
): Promise<Snapshot<S> | undefined> {
  const row = await guard(
    db.selectFrom("snapshots").select(["version", "state"])
      .where("stream_id", "=", streamId)
      .executeTakeFirst(),
  );
  if (!row) return undefined;
  return { streamId, version: Number(row.version), state: row.state as S };
}
