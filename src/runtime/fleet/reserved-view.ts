import type { AgentState } from "../../../actors/agent/mod.ts";
import type { PolicyView } from "../../../actors/router/route.ts";
import type { RoutingPolicy } from "../../../events/mod.ts";
import type { ReadonlyFleetView } from "./fleet-view.ts";
import type { Reservations } from "./reservations.ts";

/** A strategy's state under one key with the pending picks folded on top, kept between reads. */
interface Fold {
  base: unknown;
  generation: number;
  /** How many of the pending picks are folded in. */
  done: number;
  state: unknown;
  observed: boolean;
}

/**
 * What an edge routes on: the fleet view with the edge's pending picks on
 * top, as if the log had already brought them. An agent's live sessions
 * include its reserved ones, so concurrent opens do not overfill it; a
 * stateful strategy's state has each pending decision observed after the
 * log's, so concurrent opens take turns as they would one after another. A
 * pending move counts on its new agent while the view still counts it on
 * the old one: for a moment the old agent looks fuller than it is, never
 * the new one emptier.
 */
export class ReservedFleetView implements PolicyView {
  readonly #folds = new Map<string, Fold>();

  constructor(
    private readonly view: ReadonlyFleetView,
    private readonly reservations: Reservations,
  ) {}

  agents(): readonly AgentState[] {
    return this.view.agents();
  }

  liveSessions(agentId: string): number {
    return this.view.liveSessions(agentId) + this.reservations.reserved(agentId);
  }

  policy(capability: string | undefined): RoutingPolicy {
    return this.view.policy(capability);
  }

  strategyState(key: string, name: string): unknown {
    const base = this.view.strategyState(key, name);
    const pending = this.reservations.pending(key);
    const strategy = pending && this.view.strategies.get(name);
    if (!pending || !strategy) return base;
    const id = `${key}\u0000${name}`;
    let fold = this.#folds.get(id);
    // Picks only append between generations: while the base stands, fold just the new ones.
    if (!fold || fold.base !== base || fold.generation !== pending.generation) {
      fold = {
        base,
        generation: pending.generation,
        done: 0,
        state: base ?? strategy.initialState,
        observed: false,
      };
      this.#folds.set(id, fold);
    }
    for (; fold.done < pending.picks.length; fold.done++) {
      const pick = pending.picks[fold.done]!;
      if (pick.decision.strategy !== name) continue;
      fold.state = strategy.observe(fold.state, pick.agentId, pick.decision);
      fold.observed = true;
    }
    return fold.observed ? fold.state : base;
  }
}
