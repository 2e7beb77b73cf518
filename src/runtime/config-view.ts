import { configActor, type ConfigState, RuntimeConfig } from "../../actors/config/mod.ts";
import type { DomainEvent, RecordedEvent } from "../../events/mod.ts";

/**
 * The runtime config as the log says it is now, on this node. Before any
 * change is recorded it is the defaults (with start-up overrides); readers
 * call `current()` each time, so a change applies to the next connection,
 * request or heartbeat without restarting anything or dropping a socket.
 */
export class ConfigView {
  #state: ConfigState;
  readonly #subscribers: ((config: RuntimeConfig) => void)[] = [];

  constructor(initial: RuntimeConfig = RuntimeConfig.parse({})) {
    this.#state = { version: 0, config: initial };
  }

  current(): RuntimeConfig {
    return this.#state.config;
  }

  get version(): number {
    return this.#state.version;
  }

  /** Called with each new config (e.g. to resize a rate limiter). */
  onChange(subscriber: (config: RuntimeConfig) => void): void {
    this.#subscribers.push(subscriber);
  }

  readonly apply = (event: RecordedEvent): void => {
    if (event.type !== "config.changed") return;
    this.#state = configActor.evolve(this.#state, event as DomainEvent);
    for (const subscriber of this.#subscribers) subscriber(this.#state.config);
  };
}
