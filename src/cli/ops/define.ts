import { type Command, InvalidArgumentError } from "commander";
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
