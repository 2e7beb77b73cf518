import type { NatsConnection } from "@nats-io/transport-node";
import type { DependencyState } from "../command-log.ts";

/**
 * Follows the connection's status events, so readiness can say at once that
 * NATS is unreachable (the client reconnects on its own; until then nothing
 * can be sent or delivered) and for how long.
 */
export class ConnectionState {
  #downSince: number | undefined;
  #reconnects = 0;

  constructor(
    private readonly nc: NatsConnection,
    /** Called after each reconnect (the server may have come back without its streams). */
    private readonly onReconnect: () => void = () => {},
    private readonly now = () => Date.now(),
  ) {
    void this.#follow();
  }

  async #follow(): Promise<void> {
    try {
      for await (const status of this.nc.status()) {
        if (status.type === "disconnect") this.#downSince ??= this.now();
        if (status.type === "reconnect") {
          this.#downSince = undefined;
          this.#reconnects++;
          this.onReconnect();
        }
      }
    } catch {
      // The connection closed: isClosed() says so from now on.
    }
  }

  get reconnects(): number {
    return this.#reconnects;
  }

  readiness(): DependencyState {
    if (this.nc.isClosed()) return { ok: false, detail: "NATS connection closed" };
    if (this.#downSince !== undefined) {
      return { ok: false, detail: `NATS unreachable for ${this.now() - this.#downSince} ms` };
    }
    return { ok: true, detail: `connected to ${this.nc.getServer()}` };
  }
}
