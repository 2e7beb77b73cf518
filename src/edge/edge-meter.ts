import type { EdgeFigureGroup } from "../../events/mod.ts";
import { latencyBin, MAX_LATENCY_BIN } from "../../projections/load/latency.ts";

/**
 * The edge's own measurements, per capability (routing key) and agent,
 * held as plain numbers until the reporter takes them (figures-reporter.ts).
 * The relay's hot path only bumps an array slot per scanned batch
 * (session-meter.ts); everything else here runs per open, failover or end.
 */
export class MeterGroup {
  opened = 0;
  resumed = 0;
  failoverFailed = 0;
  errored = 0;
  agentErrors = 0;
  readonly refused = new Map<string, number>();
  readonly failovers = new Map<string, number>();
  readonly clientCloses = new Map<string, number>();
  readonly relay = new Uint32Array(MAX_LATENCY_BIN + 1);
  readonly response = new Uint32Array(MAX_LATENCY_BIN + 1);
  /** Set when the meter dropped this group for idling: holders look it up again. */
  retired = false;

  constructor(readonly capability: string, readonly agentId: string | undefined) {}

  relayed(ms: number): void {
    this.relay[latencyBin(ms)]!++;
  }

  answered(ms: number): void {
    this.response[latencyBin(ms)]!++;
  }

  /** What was counted since the last take, as an event's group (undefined if nothing), and zeroes it. */
  take(): EdgeFigureGroup | undefined {
    const relay = binsOf(this.relay);
    const response = binsOf(this.response);
    const counted = this.opened + this.resumed + this.failoverFailed + this.errored +
      this.agentErrors + this.refused.size + this.failovers.size + this.clientCloses.size;
    if (counted === 0 && !relay && !response) return undefined;
    const group: EdgeFigureGroup = {
      capability: this.capability,
      ...(this.agentId ? { agentId: this.agentId } : {}),
      opened: this.opened,
      resumed: this.resumed,
      refused: Object.fromEntries(this.refused),
      failovers: Object.fromEntries(this.failovers),
      failoverFailed: this.failoverFailed,
      errored: this.errored,
      agentErrors: this.agentErrors,
      clientCloses: Object.fromEntries(this.clientCloses),
      relay: relay ?? {},
      response: response ?? {},
    };
    this.opened =
      this.resumed =
      this.failoverFailed =
      this.errored =
      this.agentErrors =
        0;
    this.refused.clear();
    this.failovers.clear();
    this.clientCloses.clear();
    return group;
  }
}

/** Non-zero bins as an event's record, zeroing them; undefined when all were zero. */
function binsOf(bins: Uint32Array): Record<string, number> | undefined {
  let out: Record<string, number> | undefined;
  for (let i = 0; i < bins.length; i++) {
    if (bins[i] === 0) continue;
    (out ??= {})[i] = bins[i]!;
    bins[i] = 0;
  }
  return out;
}

/** Distinct labels one group counts per report (clients choose close codes): past it, `other`. */
export const MAX_LABELS = 32;

export function bump(counts: Map<string, number>, label: string, by = 1): void {
  const key = counts.has(label) || counts.size < MAX_LABELS - 1 ? label : "other";
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Past this many groups, new capabilities are counted together (clients choose capability names). */
export const MAX_GROUPS = 500;
export const OTHER_CAPABILITY = "(other)";

export class EdgeMeter {
  readonly #groups = new Map<string, MeterGroup>();

  /** The group of `capability` ("" when unknown) and `agentId`. */
  group(capability: string, agentId?: string): MeterGroup {
    const key = `${capability}\u0000${agentId ?? ""}`;
    let group = this.#groups.get(key);
    if (group) return group;
    if (this.#groups.size >= MAX_GROUPS && capability !== OTHER_CAPABILITY) {
      return this.group(OTHER_CAPABILITY, agentId);
    }
    group = new MeterGroup(capability, agentId);
    this.#groups.set(key, group);
    return group;
  }

  /** An upgrade refused before the edge knew (or trusted) what it asked for. */
  refusedAtUpgrade(code: number): void {
    bump(this.group("").refused, String(code));
  }

  /**
   * Everything counted since the last take, by group. A group that counted
   * nothing is dropped (and marked retired, so a session holding it asks
   * again): agents and capabilities that come and go do not pile up.
   */
  take(): EdgeFigureGroup[] {
    const out: EdgeFigureGroup[] = [];
    for (const [key, group] of this.#groups) {
      const taken = group.take();
      if (taken) out.push(taken);
      else {
        group.retired = true;
        this.#groups.delete(key);
      }
    }
    return out;
  }
}
