import type { EdgeFigureGroup } from "../../events/mod.ts";
import { type LatencyBins, mergeBins } from "./latency.ts";

/**
 * What a bucket holds of the edge's own measurements and the agents'
 * heartbeats: sums and histograms only, so buckets merge by addition and a
 * fold gives the same rows however the events are cut into batches.
 */
export interface Measured {
  opened: number;
  resumed: number;
  /** Opens refused, by close code. */
  refused: Record<string, number>;
  /** Sessions moved to another agent, by reason class. */
  failovers: Record<string, number>;
  failoverFailed: number;
  errored: number;
  agentErrors: number;
  clientCloses: Record<string, number>;
  relay: LatencyBins;
  response: LatencyBins;
  heartbeats: number;
  cpuSum: number;
  cpuCount: number;
  queueSum: number;
  queueCount: number;
  queueMax: number;
  latencySum: number;
  latencyCount: number;
}

export function emptyMeasured(): Measured {
  return {
    opened: 0,
    resumed: 0,
    refused: {},
    failovers: {},
    failoverFailed: 0,
    errored: 0,
    agentErrors: 0,
    clientCloses: {},
    relay: {},
    response: {},
    heartbeats: 0,
    cpuSum: 0,
    cpuCount: 0,
    queueSum: 0,
    queueCount: 0,
    queueMax: 0,
    latencySum: 0,
    latencyCount: 0,
  };
}

const SUMS = [
  "opened",
  "resumed",
  "failoverFailed",
  "errored",
  "agentErrors",
  "heartbeats",
  "cpuSum",
  "cpuCount",
  "queueSum",
  "queueCount",
  "latencySum",
  "latencyCount",
] as const;
const MAPS = ["refused", "failovers", "clientCloses", "relay", "response"] as const;

/** Adds `from` into `into` (a stored bucket read back may lack fields a later version added). */
export function mergeMeasured(
  into: Measured,
  from: Partial<Measured> | null | undefined,
): Measured {
  if (!from) return into;
  for (const k of SUMS) into[k] += Number(from[k] ?? 0);
  for (const k of MAPS) mergeBins(into[k], from[k] ?? {});
  into.queueMax = Math.max(into.queueMax, Number(from.queueMax ?? 0));
  return into;
}

export function addGroup(into: Measured, g: EdgeFigureGroup): void {
  mergeMeasured(into, {
    opened: g.opened,
    resumed: g.resumed,
    refused: g.refused,
    failovers: g.failovers,
    failoverFailed: g.failoverFailed,
    errored: g.errored,
    agentErrors: g.agentErrors,
    clientCloses: g.clientCloses,
    relay: g.relay,
    response: g.response,
  });
}

/**
 * Float sums depend on the order of addition, and a rebuild cuts batches
 * differently from the live fold: sums are kept in integer thousandths,
 * which add exactly, so a replay gives the same rows.
 */
const milli = (x: number) => Math.round(x * 1000);

export function addHeartbeat(
  into: Measured,
  hb: { cpu?: number | undefined; queueDepth?: number | undefined; latencyMs?: number | undefined },
): void {
  into.heartbeats += 1;
  if (hb.cpu !== undefined) {
    into.cpuSum += milli(hb.cpu);
    into.cpuCount += 1;
  }
  if (hb.queueDepth !== undefined) {
    into.queueSum += hb.queueDepth;
    into.queueCount += 1;
    into.queueMax = Math.max(into.queueMax, hb.queueDepth);
  }
  if (hb.latencyMs !== undefined) {
    into.latencySum += milli(hb.latencyMs);
    into.latencyCount += 1;
  }
}

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/** Counts a reader needs, from the stored sums. */
export function countsOf(m: Measured) {
  const refused = total(m.refused);
  const failovers = total(m.failovers);
  return {
    /** Opens attempted: relayed (new or resumed) plus refused. */
    opened: m.opened + m.resumed + refused,
    refused,
    failovers,
    errored: m.errored,
  };
}

/**
 * refused + failed-over + errored over opened (opens attempted), capped at
 * 1 (a session may fail over more than once); 0 when nothing was opened.
 */
export function errorRateOf(m: Measured): number {
  const c = countsOf(m);
  if (c.opened === 0) return 0;
  return Math.min(1, (c.refused + c.failovers + c.errored) / c.opened);
}

const mean = (milliSum: number, n: number) => n === 0 ? null : Math.round(milliSum / n) / 1000;

/** Heartbeat figures of a bucket: means over the heartbeats that carried them. */
export function heartbeatFigures(m: Measured) {
  return {
    heartbeats: m.heartbeats,
    cpu: mean(m.cpuSum, m.cpuCount),
    queueDepth: m.queueCount === 0 ? null : Math.round((m.queueSum / m.queueCount) * 1000) / 1000,
    queueDepthMax: m.queueCount === 0 ? null : m.queueMax,
    latencyMs: mean(m.latencySum, m.latencyCount),
  };
}
