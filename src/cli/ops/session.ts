import type { Command } from "commander";
import type { CommandIo } from "../replay.ts";
import { ApiClient } from "./api-client.ts";
import { usageError } from "./cli-error.ts";
import {
  type Column,
  details,
  type Format,
  FORMATS,
  machine,
  type Style,
  styleFor,
  table,
} from "./output.ts";
import { resolveTarget, type TargetFlags } from "./target.ts";

/** The global flags every command sees (program options). */
export interface GlobalFlags extends TargetFlags {
  output: string;
  color: boolean;
}

/** What a command's action works with: output, style, and the node's API. */
export class Run {
  readonly format: Format;
  readonly style: Style;
  #api: Promise<ApiClient> | undefined;

  constructor(readonly io: CommandIo, readonly flags: GlobalFlags) {
    if (!FORMATS.includes(flags.output as Format)) {
      throw usageError(`-o ${flags.output}: expected one of ${FORMATS.join(", ")}`);
    }
    this.format = flags.output as Format;
    this.style = styleFor(io, flags.color === false);
  }

  static of(command: Command, io: CommandIo): Run {
    return new Run(io, command.optsWithGlobals() as GlobalFlags);
  }

  api(): Promise<ApiClient> {
    return this.#api ??= resolveTarget(this.flags, this.io.env).then((t) =>
      new ApiClient(t, this.io.signal)
    );
  }

  /** A list: a table for people, the whole answer for scripts. */
  list<T>(
    rows: readonly T[],
    columns: readonly Column<T>[],
    raw: unknown = { items: rows },
  ): string {
    if (this.format !== "table") return machine(raw, this.format);
    if (rows.length === 0) return this.style.dim("(none)") + "\n";
    return table(rows, columns, this.style);
  }

  /** One record: `key: value` lines for people, the record for scripts. */
  one(record: object, shown: object = record): string {
    return this.format === "table"
      ? details(shown as Record<string, unknown>, this.style)
      : machine(record, this.format);
  }

  /** The outcome of a change: a sentence for people, the answer for scripts. */
  done(sentence: string, answer: unknown): string {
    return this.format === "table" ? `${sentence}\n` : machine(answer, this.format);
  }

  /**
   * Prints `render()` once, or with `--watch` every `intervalSeconds` until
   * interrupted: on a terminal the screen is redrawn, elsewhere each
   * rendering follows the last after a blank line.
   */
  async show(render: () => Promise<string>, watch?: { intervalSeconds: number }): Promise<void> {
    if (!watch) return this.io.stdout(await render());
    const signal = this.io.signal;
    for (let first = true; !signal?.aborted; first = false) {
      const text = await render().catch((error) => {
        if (signal?.aborted) return "";
        throw error;
      });
      if (signal?.aborted) break;
      if (this.io.stdoutIsTerminal) {
        const stamp = this.style.dim(
          `every ${watch.intervalSeconds}s · ${new Date().toISOString()}`,
        );
        this.io.stdout(`\x1b[H\x1b[2J${stamp}\n${text}`);
      } else {
        this.io.stdout(`${first ? "" : "\n"}${text}`);
      }
      await sleep(watch.intervalSeconds * 1000, signal);
    }
  }
}

/** Waits, or less when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
