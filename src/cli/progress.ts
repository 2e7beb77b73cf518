import type { BuildProgress } from "../../projections/catch-up.ts";

export interface ProgressOutput {
  write(text: string): void;
  /** A terminal gets one line redrawn in place; a log file gets a line per tenth. */
  isTerminal: boolean;
}

const WIDTH = 30;
const REDRAW_MS = 100;

/**
 * A progress bar for builds that report per projection: the bar shows the
 * sum of checkpoints over the sum of targets, so it moves with the slowest set.
 */
export function progressBar(out: ProgressOutput, label: string) {
  const builds = new Map<string, BuildProgress>();
  let lastDraw = 0;
  let lastTenth = -1;
  const fraction = () => {
    let done = 0;
    let total = 0;
    for (const b of builds.values()) {
      done += b.position;
      total += b.target;
    }
    return total === 0 ? 1 : done / total;
  };
  const events = () => Math.max(0, ...[...builds.values()].map((b) => b.events));
  const line = () => {
    const f = fraction();
    const filled = Math.round(f * WIDTH);
    const bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
    const percent = `${Math.floor(f * 100)}%`.padStart(4);
    return `${label} [${bar}] ${percent}  ${events().toLocaleString("en-US")} events`;
  };
  return {
    update(progress: BuildProgress): void {
      builds.set(progress.projection, progress);
      if (out.isTerminal) {
        const now = Date.now();
        if (now - lastDraw < REDRAW_MS) return;
        lastDraw = now;
        out.write(`\r${line()}`);
      } else {
        const tenth = Math.floor(fraction() * 10);
        if (tenth <= lastTenth) return;
        lastTenth = tenth;
        out.write(`${line()}\n`);
      }
    },
    done(): void {
      out.write(out.isTerminal ? `\r${line()}\n` : lastTenth < 10 ? `${line()}\n` : "");
    },
  };
}
