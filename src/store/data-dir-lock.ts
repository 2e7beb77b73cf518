import { PGlite } from "@electric-sql/pglite";
import { z } from "zod";
import { type Clock, systemClock } from "../clock/clock.ts";

/**
 * One owner per embedded data directory: two PGlite instances on one
 * directory corrupt it, so the node and every offline command hold an
 * exclusive kernel lock (flock) on a file in it while they have the
 * database open. The kernel drops the lock when its holder dies, however it
 * dies, so a killed holder never blocks the next opener; the file's content
 * only says who holds it, for the message a second opener prints.
 */
export const LOCK_FILE = "switchboard.lock";

/** Who holds a data directory: what the lock file says. */
export const DataDirOwner = z.object({
  pid: z.number().int(),
  host: z.string(),
  /** ISO time the holder took the lock. */
  startedAt: z.string(),
  /** What the holder is, for people: "node node-1a2b on port 9000", "cli hashes". */
  command: z.string(),
});
export type DataDirOwner = z.infer<typeof DataDirOwner>;

export function describeOwner(owner: DataDirOwner): string {
  return `pid ${owner.pid} on ${owner.host} since ${owner.startedAt} (${owner.command})`;
}

/** A second opener's refusal: names the holder and, when given, what to do instead. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    /** Undefined when the holder has not written its name yet (it is just starting). */
    readonly holder: DataDirOwner | undefined,
    advice?: string,
  ) {
    const who = holder ? describeOwner(holder) : "another process that is just starting";
    super(`the data directory ${dir} is in use by ${who}${advice ? `: ${advice}` : ""}`);
    this.name = "DataDirLockedError";
  }
}

export interface DataDirLock {
  readonly dir: string;
  readonly owner: DataDirOwner;
  /**
   * The previous holder when it died without letting go (killed, crashed):
   * its lock went with it and this one took the directory over.
   */
  readonly abandonedBy: DataDirOwner | undefined;
  /** Lets go: idempotent. The kernel does the same if the process dies first. */
  release(): Promise<void>;
}

export interface LockDataDirOptions {
  /** What the opener is, written for a second opener to read. */
  command: string;
  /** Appended to the refusal: what to do instead (stop the node first, ...). */
  advice?: string;
  clock?: Clock;
}

/**
 * Takes the data directory `dir` (which must exist) or throws
 * DataDirLockedError naming its holder. Never waits: a second opener is
 * told at once.
 */
export async function lockDataDir(dir: string, options: LockDataDirOptions): Promise<DataDirLock> {
  const path = `${dir}/${LOCK_FILE}`;
  // Never removed: deleting a lock file lets two openers lock two different files.
  const file = await Deno.open(path, { read: true, write: true, create: true });
  let locked = false;
  try {
    locked = await file.tryLock(true);
  } finally {
    if (!locked) file.close();
  }
  if (!locked) throw new DataDirLockedError(dir, await readOwner(path), options.advice);
  try {
    // A name left in the file is a holder that died: a clean release empties it.
    const abandonedBy = await readOwner(path);
    const owner: DataDirOwner = {
      pid: Deno.pid,
      host: hostname(),
      startedAt: new Date((options.clock ?? systemClock).now()).toISOString(),
      command: options.command,
    };
    await file.truncate(0);
    await writeAll(file, new TextEncoder().encode(`${JSON.stringify(owner)}\n`));
    let released = false;
    return {
      dir,
      owner,
      abandonedBy,
      async release() {
        if (released) return;
        released = true;
        try {
          await file.truncate(0);
        } finally {
          file.close(); // closing the last descriptor drops the flock
        }
      },
    };
  } catch (error) {
    file.close();
    throw error;
  }
}

/** What the lock file says, or undefined when it is empty or half written. */
async function readOwner(path: string): Promise<DataDirOwner | undefined> {
  try {
    const parsed = DataDirOwner.safeParse(JSON.parse(await Deno.readTextFile(path)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function writeAll(file: Deno.FsFile, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) offset += await file.write(bytes.subarray(offset));
}

function hostname(): string {
  try {
    return Deno.hostname();
  } catch {
    return "an unknown host"; // without --allow-sys
  }
}

/**
 * Opens PGlite in `dir` under `lock`, held already, and builds on it what
 * the caller needs. Whatever fails on the way lets go of PGlite and the
 * lock; the result's `close` closes what `build` opened, then PGlite, and
 * releases the lock last, so no second opener can see a half-closed store.
 */
export async function openPgliteUnderLock<T extends { close(): Promise<void> }>(
  lock: Pick<DataDirLock, "release">,
  dir: string,
  build: (pglite: PGlite) => Promise<T>,
): Promise<T> {
  try {
    const pglite = new PGlite(dir);
    try {
      const opened = await build(pglite);
      const closeOpened = opened.close.bind(opened);
      return Object.assign(opened, {
        async close() {
          try {
            await closeOpened();
            await pglite.close();
          } finally {
            await lock.release();
          }
        },
      });
    } catch (error) {
      await pglite.close().catch(() => {});
      throw error;
    }
  } catch (error) {
    await lock.release();
    throw error;
  }
}
