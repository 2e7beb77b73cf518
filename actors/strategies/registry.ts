import { capabilityStrategy } from "./capability-match.ts";
import { consistentHash } from "./consistent-hash.ts";
import { failover } from "./failover.ts";
import { leastConnections } from "./least-connections.ts";
import { powerOfTwoChoices } from "./power-of-two-choices.ts";
import { roundRobin } from "./round-robin.ts";
import { sticky } from "./sticky.ts";
import type { RoutingStrategy } from "./strategy.ts";
import { weightedRoundRobin } from "./weighted-round-robin.ts";

/**
 * Strategies by name: the plugin point. A new strategy implements
 * `RoutingStrategy` and registers here (or in a registry of its own passed
 * to `route`/`createRouterActor`); the router never names one.
 */
export class StrategyRegistry {
  readonly #byName = new Map<string, RoutingStrategy>();

  constructor(strategies: Iterable<RoutingStrategy> = []) {
    for (const strategy of strategies) this.register(strategy);
  }

  register(strategy: RoutingStrategy): this {
    if (this.#byName.has(strategy.name)) {
      throw new Error(`routing strategy '${strategy.name}' is already registered`);
    }
    this.#byName.set(strategy.name, strategy);
    return this;
  }

  get(name: string): RoutingStrategy | undefined {
    return this.#byName.get(name);
  }

  has(name: string): boolean {
    return this.#byName.has(name);
  }

  names(): string[] {
    return [...this.#byName.keys()].sort();
  }
}

export const builtInStrategyList: readonly RoutingStrategy[] = [
  roundRobin,
  weightedRoundRobin,
  leastConnections,
  powerOfTwoChoices,
  consistentHash,
  capabilityStrategy,
  sticky,
  failover,
];

/** A fresh registry holding the built-in strategies; add to it to plug one in. */
export function builtInStrategies(): StrategyRegistry {
  return new StrategyRegistry(builtInStrategyList);
}

/** The registry used when none is passed. Holds code, never decision state. */
export const defaultStrategies: StrategyRegistry = builtInStrategies();
