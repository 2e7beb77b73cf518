import { z } from "zod";
import type { ReadSet } from "../projection.ts";
import type { MonitoringTables } from "./tables.ts";

export const StrategyShare = z.object({
  strategy: z.string(),
  routed: z.number().int().min(0),
  rebound: z.number().int().min(0),
  /** This strategy's part of all decisions, 0..1. */
  share: z.number().min(0).max(1),
});
export type StrategyShare = z.infer<typeof StrategyShare>;

/** How routing decisions (first routes and failovers) spread over strategies, most used first. */
export async function routingDistribution(
  set: ReadSet<MonitoringTables>,
): Promise<StrategyShare[]> {
  const rows = await set.db.selectFrom("routing_decisions")
    .select(["kind", "strategy", "decisions"]).execute();
  const byStrategy = new Map<string, { routed: number; rebound: number }>();
  let total = 0;
  for (const row of rows) {
    const entry = byStrategy.get(row.strategy) ?? { routed: 0, rebound: 0 };
    const n = Number(row.decisions);
    if (row.kind === "rebound") entry.rebound += n;
    else entry.routed += n;
    total += n;
    byStrategy.set(row.strategy, entry);
  }
  return [...byStrategy].map(([strategy, { routed, rebound }]) => ({
    strategy,
    routed,
    rebound,
    share: total === 0 ? 0 : (routed + rebound) / total,
  })).sort((a, b) =>
    b.routed + b.rebound - (a.routed + a.rebound) || (a.strategy < b.strategy ? -1 : 1)
  );
}

/** Every running figure by name (`events.<type>`, `sessions.live`, `traffic.frames`, …). */
export async function fleetCounters(
  set: ReadSet<MonitoringTables>,
): Promise<Record<string, number>> {
  const rows = await set.db.selectFrom("counters").selectAll().orderBy("name").execute();
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.value)]));
}
