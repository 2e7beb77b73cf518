import { z } from "zod";
import { Id, Timestamp } from "./common.ts";

const Count = z.number().int().min(0);
/** Counts by a short label (a close code, a reason class): bounded by the edge that writes them. */
export const LabelledCounts = z.record(z.string().max(64), Count)
  .refine((r) => Object.keys(r).length <= 64, "at most 64 labels");
/**
 * A latency histogram: bin number → frames or messages. Bins are
 * logarithmic in microseconds, four per doubling (projections/load/latency.ts).
 */
export const LatencyBins = z.record(z.string().regex(/^\d{1,3}$/), Count);

/**
 * What one edge measured for one capability (routing key) and agent over
 * an interval. `capability` is "" where the open was refused before the
 * edge knew what it asked for; `agentId` is absent until a session had one.
 */
export const EdgeFigureGroup = z.object({
  capability: z.string().max(200),
  agentId: Id.optional(),
  /** Opens that ended relayed: new sessions and resumes. */
  opened: Count.default(0),
  resumed: Count.default(0),
  /** Opens refused, by close code. */
  refused: LabelledCounts.default({}),
  /** Sessions moved to another agent, by reason class (`agent_lost`, `agent_ejected`, `agent_deregistered`, `agent_drained`, `agent_left`, `planned`). */
  failovers: LabelledCounts.default({}),
  /** Failovers that found no agent to move to (the client got a close code). */
  failoverFailed: Count.default(0),
  /** Relayed sessions the edge ended with an error close (1002, 1007, 1011, 4008, 4009, 4013 …). */
  errored: Count.default(0),
  /** Agent sockets that failed: dials that failed, relayed sockets lost without a close. */
  agentErrors: Count.default(0),
  /** Sessions that ended by their client, by the client's close code (`none` without one). */
  clientCloses: LabelledCounts.default({}),
  /** Time a chunk of frames spent inside the edge, read to write, both directions. */
  relay: LatencyBins.default({}),
  /** A client message to the agent's next frame. */
  response: LatencyBins.default({}),
});
export type EdgeFigureGroup = z.infer<typeof EdgeFigureGroup>;

/** One edge's measurements over `intervalMs`, batched: never one event per frame or open. */
export const EdgeFiguresReported = z.object({
  edgeId: Id,
  intervalMs: z.number().int().min(0),
  groups: z.array(EdgeFigureGroup).max(1_000),
  at: Timestamp,
});
