import type { ReadonlyFleetView } from "./fleet/fleet-view.ts";
import type { PostOptions } from "./commands/actor-client.ts";
import type { SessionCommandClient } from "./commands/clients.ts";
import type { Logger } from "../telemetry/log.ts";

export interface SessionExpiryOptions {
  sessions: SessionCommandClient;
  /** The command log's partition of an actor id. */
  partitionOf: (actorId: string) => number;
  view: ReadonlyFleetView;
  /** Partitions this node owns: it expires only the sessions it is the writer for. */
  ownedPartitions: () => number[];
  /** Nodes (edges) alive now, undefined while unknown (leases: PartitionLeases.liveNodes). */
  liveEdges?: () => string[] | undefined;
  /** The resume grace an orphaned session gets (runtime config). */
  resumeGraceSeconds?: () => number;
  /** How long an edge must stay missing before its sessions count as orphans. */
  orphanAfterMs?: number;
  intervalMs?: number;
  log?: Logger;
  clock?: () => Date;
}

/**
 * The durable side of the resume grace. The edge that detached a session
 * sends `expire` from a timer when the grace ends, but that timer dies with
 * its process (a crash, or a shutdown that detached every session), and a
 * detached session would then stay detached forever. This sweep sends
 * `expire` for every detached session past its grace, from the fleet view
 * (folded from the log); the actor decides, so a session resumed meanwhile
 * is left alone. The command id names the session and its grace, so sweeps
 * by two nodes during a takeover, or by the edge's timer, are duplicates.
 *
 * An edge that crashed detached nothing: its sessions stay attached to a
 * socket that no longer exists, counted against their agents. Once an edge
 * has been missing from the live nodes for `orphanAfterMs` (well past a
 * lease TTL, so a slow node is not taken for a dead one), the sweep detaches
 * its sessions on its behalf: the clients may resume them within the grace,
 * and the expiry above closes the rest.
 */
export function startSessionExpiry(options: SessionExpiryOptions): { stop(): void } {
  const clock = options.clock ?? (() => new Date());
  const orphanAfterMs = options.orphanAfterMs ?? 30_000;
  /** Edge → when this sweep first saw it missing. */
  const missingSince = new Map<string, number>();
  let running = false;

  /** Fire and forget, one at a time; the next sweep sends again what did not land. */
  const sent = (commandId: string, now: string): PostOptions => ({
    wait: false,
    commandId,
    metadata: { now, principal: { sub: "session-expiry", roles: [] } },
    // A session that moved on meanwhile (resumed, closed): the actor saying no is its job.
    expectedRejections: [
      "session_not_found",
      "session_closed",
      "session_owned_by_other_edge",
      "invalid_transition",
    ],
  });

  async function detachOrphans(now: Date, owned: Set<number>): Promise<void> {
    const live = options.liveEdges?.();
    if (!live) return;
    const alive = new Set(live);
    const orphans = options.view.attachedSessions().filter(([, edgeId]) => !alive.has(edgeId));
    const missing = new Set(orphans.map(([, edgeId]) => edgeId));
    for (const edgeId of missingSince.keys()) if (!missing.has(edgeId)) missingSince.delete(edgeId);
    for (const edgeId of missing) {
      if (!missingSince.has(edgeId)) missingSince.set(edgeId, now.getTime());
    }
    const graceSeconds = options.resumeGraceSeconds?.() ?? 30;
    for (const [sessionId, edgeId] of orphans) {
      if (now.getTime() - missingSince.get(edgeId)! < orphanAfterMs) continue;
      if (!owned.has(options.partitionOf(sessionId))) continue;
      await options.sessions.detach(
        sessionId,
        { edgeId, graceSeconds },
        sent(`orphan-${sessionId}-${edgeId}`, now.toISOString()),
      );
    }
  }

  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = clock();
      const iso = now.toISOString();
      const owned = new Set(options.ownedPartitions());
      for (const sessionId of options.view.expiredSessions(iso)) {
        if (!owned.has(options.partitionOf(sessionId))) continue;
        const graceUntil = options.view.session(sessionId)?.graceUntil;
        await options.sessions.expire(
          sessionId,
          {},
          sent(`expire-${sessionId}-${graceUntil}`, iso),
        );
      }
      await detachOrphans(now, owned);
    } catch (error) {
      options.log?.warn("session expiry sweep failed", { error });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, options.intervalMs ?? 5_000);
  return { stop: () => clearInterval(timer) };
}
