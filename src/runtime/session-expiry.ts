import type { FleetView } from "../../actors/fleet/fleet-view.ts";
import type { CommandLog } from "../bus/command-log.ts";
import type { Logger } from "../telemetry/log.ts";

export interface SessionExpiryOptions {
  commandLog: CommandLog;
  view: FleetView;
  /** Partitions this node owns: it expires only the sessions it is the writer for. */
  ownedPartitions: () => number[];
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
 */
export function startSessionExpiry(options: SessionExpiryOptions): { stop(): void } {
  const clock = options.clock ?? (() => new Date());
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = clock().toISOString();
      const owned = new Set(options.ownedPartitions());
      for (const sessionId of options.view.expiredSessions(now)) {
        if (!owned.has(options.commandLog.partitionOf(sessionId))) continue;
        const graceUntil = options.view.session(sessionId)?.graceUntil;
        await options.commandLog.publish({
          commandId: `expire-${sessionId}-${graceUntil}`,
          actorType: "session",
          actorId: sessionId,
          type: "expire",
          data: {},
          metadata: { now, principal: { sub: "session-expiry", roles: [] } },
        });
      }
    } catch (error) {
      options.log?.warn("session expiry sweep failed", { error });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, options.intervalMs ?? 5_000);
  return { stop: () => clearInterval(timer) };
}
