/**
 * The agent's CPU figure for heartbeats, 0-100: the 1-minute load average
 * divided by the core count. It is one cheap syscall, which is all a
 * heartbeat every few seconds deserves; without `--allow-sys` (or where the
 * platform has no load average) the figure is left out rather than guessed.
 */
let available = true;

export function cpuPercent(): number | undefined {
  if (!available) return undefined;
  try {
    const [oneMinute] = Deno.loadavg();
    const cores = navigator.hardwareConcurrency || 1;
    if (oneMinute === undefined || !Number.isFinite(oneMinute)) return undefined;
    return Math.min(100, Math.round((oneMinute / cores) * 1000) / 10);
  } catch {
    available = false;
    return undefined;
  }
}
