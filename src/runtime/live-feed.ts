import type { DomainEvent, RecordedEvent } from "../../events/mod.ts";
import type { Clock } from "../clock/clock.ts";
import { FleetView, type ReadonlyFleetView } from "./fleet/fleet-view.ts";
import { ReservedFleetView } from "./fleet/reserved-view.ts";
import { Reservations } from "./fleet/reservations.ts";
import type { EventStore, Subscription } from "../store/event-store.ts";
import { PositionWaiters } from "../store/position-waiters.ts";
import type { Logger } from "../telemetry/log.ts";

/** Something that follows the log on this node, in order. */
export type EventListener = (event: RecordedEvent) => void;

/**
 * Keeps this node's in-memory views current from the event log: the
 * FleetView (the registry and load view the router reads, so a routing
 * decision needs no query) and any listener (config, API keys, the edge's
 * own sessions). Rebuilt from position 0 at start, exactly as a replay would.
 * The feed is the view's only writer; everyone else reads it. The edge's
 * picks the log has not brought back yet are `reservations`, which the feed
 * confirms as the log brings them; `routing` is the view with them on top.
 * `caughtUpTo(position)` lets a caller read its own writes: after a command
 * stored events at `position`, wait until the view includes them.
 */
export class LiveFeed {
  readonly #view = new FleetView();
  readonly view: ReadonlyFleetView = this.#view;
  readonly reservations: Reservations;
  /** What the edge routes on. */
  readonly routing: ReservedFleetView;
  #position = 0;
  readonly #waiters = new PositionWaiters();
  #subscription: Subscription | undefined;
  readonly #listeners: EventListener[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly log?: Logger,
    clock?: Clock,
  ) {
    this.reservations = new Reservations(clock ? { clock } : {});
    this.routing = new ReservedFleetView(this.#view, this.reservations);
  }

  /** Adds a follower; register before `start` to see the whole log. */
  listen(listener: EventListener): void {
    this.#listeners.push(listener);
  }

  get position(): number {
    return this.#position;
  }

  async start(name: string): Promise<void> {
    this.#subscription = this.store.subscribe({
      name,
      after: 0,
      checkpoint: "manual",
      batchSize: 2_000,
      pollIntervalMs: 100,
      // A little coalescing: the edge's own picks count at once as reservations anyway.
      coalesceMs: 5,
      handler: (events) => {
        for (const event of events) {
          // Unknown future types are skipped, not fatal: an older node keeps routing.
          this.#deliver(event.type, event.position, () => this.#view.apply(event as DomainEvent));
          // In the same turn as the view: no decision may see a pick both counted and reserved.
          this.#deliver(
            event.type,
            event.position,
            () => this.reservations.settle(event as DomainEvent),
          );
          for (const listener of this.#listeners) {
            this.#deliver(event.type, event.position, () => listener(event));
          }
        }
        this.#position = events.at(-1)?.position ?? this.#position;
        this.#release();
      },
      onError: (error) => this.log?.warn("fleet feed read failed", { error }),
    });
    await this.#subscription.caughtUp();
  }

  /** Resolves once the view includes every event up to `position` (or after `timeoutMs`). */
  caughtUpTo(position: number, timeoutMs = 2_000): Promise<boolean> {
    if (position <= this.#position) return Promise.resolve(true);
    this.store.notify();
    return this.#waiters.wait(position, timeoutMs);
  }

  /** Waits until the view includes everything committed now (e.g. a session another edge opened). */
  async catchUp(timeoutMs = 2_000): Promise<boolean> {
    return await this.caughtUpTo(await this.store.headPosition(), timeoutMs);
  }

  #deliver(type: string, position: number, apply: () => void): void {
    try {
      apply();
    } catch (error) {
      this.log?.warn("live feed skipped an event", { type, position, error });
    }
  }

  #release(): void {
    this.#waiters.passed(this.#position);
  }

  async stop(): Promise<void> {
    await this.#subscription?.stop();
    // Callers go on (as they did when reads were waited on): nothing more is coming.
    this.#waiters.settleAll(true);
  }
}
