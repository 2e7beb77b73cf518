/**
 * CPU time of the processes taking part in a benchmark, from /proc (Linux
 * only; elsewhere every figure is null). On a machine whose cores are all
 * busy, throughput says little about any one process; CPU milliseconds per
 * operation, per process, says who pays for it and what is left to gain.
 */
const TICKS_PER_S = 100; // USER_HZ: 100 on every Linux this runs on

/** utime + stime of one process, in ms; null if it is gone or /proc is missing. */
function cpuMsOf(pid: number): number | null {
  try {
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    // The command name (field 2) may hold spaces: fields are counted after its ')'.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
  } catch {
    return null;
  }
}

/** Pids whose command name (comm) is `name`: the NATS server, PostgreSQL's backends. */
export function pidsNamed(name: string): number[] {
  const pids: number[] = [];
  try {
    for (const entry of Deno.readDirSync("/proc")) {
      if (!/^\d+$/.test(entry.name)) continue;
      try {
        if (Deno.readTextFileSync(`/proc/${entry.name}/comm`).trim() === name) {
          pids.push(Number(entry.name));
        }
      } catch { /* exited meanwhile */ }
    }
  } catch { /* no /proc */ }
  return pids;
}

/** Busy and total jiffies of the whole machine (first line of /proc/stat). */
function machineTicks(): { busy: number; total: number } | null {
  try {
    const line = Deno.readTextFileSync("/proc/stat").split("\n")[0]!;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = v[3]! + (v[4] ?? 0);
    const total = v.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

export type ProcessGroups = Record<string, () => number[]>;

/**
 * Starts a measurement over groups of processes (each group's pids are
 * looked up at start, so processes must exist by then). `stop(ops)` gives
 * each group's CPU ms per operation and the machine's busy share.
 */
export function startCpuMeter(groups: ProcessGroups) {
  const pids = Object.fromEntries(Object.entries(groups).map(([k, f]) => [k, f()]));
  const sum = (list: number[]) =>
    list.reduce<number | null>((acc, pid) => {
      const ms = cpuMsOf(pid);
      return ms === null ? acc : (acc ?? 0) + ms;
    }, null);
  const before = Object.fromEntries(Object.entries(pids).map(([k, list]) => [k, sum(list)]));
  const machineBefore = machineTicks();
  return {
    stop(ops: number) {
      const perOp: Record<string, number | null> = {};
      for (const [k, list] of Object.entries(pids)) {
        const a = before[k];
        const b = sum(list);
        perOp[k] = a === null || a === undefined || b === null ? null : +((b - a) / ops).toFixed(3);
      }
      const m = machineTicks();
      const machineBusy = m && machineBefore
        ? +((m.busy - machineBefore.busy) / (m.total - machineBefore.total)).toFixed(3)
        : null;
      return { cpuMsPerOp: perOp, machineBusy };
    },
  };
}
