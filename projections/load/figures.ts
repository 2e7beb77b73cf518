import { percentiles } from "./latency.ts";
import { countsOf, errorRateOf, heartbeatFigures, type Measured } from "./measured.ts";
import type { Figures, MeasuredFigures } from "./view.ts";

/** The edge's figures of a window of `seconds`. */
export function measuredFigures(m: Measured, seconds: number): MeasuredFigures {
  const c = countsOf(m);
  return {
    errorRate: errorRateOf(m),
    ...c,
    agentErrors: m.agentErrors,
    failoversPerSecond: c.failovers / seconds,
    openRefusalsPerSecond: c.refused / seconds,
    refusedByCode: { ...m.refused },
    failoversByReason: { ...m.failovers },
    clientClosesByCode: { ...m.clientCloses },
    relayLatencyMs: percentiles(m.relay),
    responseLatencyMs: percentiles(m.response),
    heartbeat: heartbeatFigures(m),
  };
}

/** The flat figures alert rules read. */
export function alertFigures(m: Measured, seconds: number): Figures {
  const f = measuredFigures(m, seconds);
  return {
    opened: f.opened,
    refused: f.refused,
    failovers: f.failovers,
    errored: f.errored,
    errorRate: f.errorRate,
    relayP50Ms: f.relayLatencyMs.p50,
    relayP99Ms: f.relayLatencyMs.p99,
    responseP50Ms: f.responseLatencyMs.p50,
    responseP99Ms: f.responseLatencyMs.p99,
    failoversPerSecond: f.failoversPerSecond,
    openRefusalsPerSecond: f.openRefusalsPerSecond,
  };
}
