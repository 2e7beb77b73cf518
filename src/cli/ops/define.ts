import { type Command, InvalidArgumentError } from "commander";
import { usageError } from "./cli-error.ts";
import type { CommandIo } from "../replay.ts";
import { Run } from "./session.ts";

/** Where an action leaves its exit status for main(). */
export interface Outcome {
  status: number;
}

// deno-lint-ignore no-explicit-any
type Args = any[];

/**
 * Wraps a command's action: gives it a Run built from the global flags
 * and records its exit status (0 unless it returns another).
 */
export function action(
  io: CommandIo,
  outcome: Outcome,
  run: (r: Run, ...args: Args) => Promise<number | void>,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    const command = args.at(-1) as Command;
    const status = await run(Run.of(command, io), ...args.slice(0, -1));
    outcome.status = status ?? 0;
  };
}

/** `--watch` and `--interval` for an ls. */
export function watchable(command: Command): Command {
  return command
    .option("-w, --watch", "print again every --interval seconds until interrupted")
    .option("--interval <seconds>", "how often --watch refreshes", positiveNumber, 2);
}

export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number");
  return n;
}

export function integer(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
    }
    return n;
  };
}

export const watchOf = (options: { watch?: boolean; interval: number }) =>
  options.watch ? { intervalSeconds: options.interval } : undefined;

/** Every page of a keyset-paged list (`items`, `nextCursor`). */
export async function allPages<T>(
  fetchPage: (
    cursor: string | undefined,
  ) => Promise<{ items: T[]; nextCursor?: string | number | null }>,
  max = 10_000,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (page.nextCursor === null || page.nextCursor === undefined || items.length >= max) break;
    cursor = String(page.nextCursor);
  }
  return items;
}

const FULL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The full id for what a table showed: tables cut UUIDs to 8 characters, so
 * a shorter id is looked up as a prefix among `items` (unique, or a usage
 * error naming the candidates). Anything else is taken as it is.
 */
export async function fullId(
  id: string,
  items: () => Promise<{ id: string }[]>,
  what: string,
): Promise<string> {
  if (FULL_UUID.test(id) || !/^[0-9a-f-]{4,35}$/i.test(id)) return id;
  const found = (await items()).filter((i) => i.id.startsWith(id.toLowerCase()));
  if (found.length === 1) return found[0]!.id;
  if (found.length === 0) return id; // not a prefix of anything listed: let the node say 404
  throw usageError(
    `${what} '${id}' is ambiguous (${
      found.slice(0, 5).map((f) => f.id).join(", ")
    }…): give more of it`,
  );
}
