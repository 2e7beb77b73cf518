import { z } from "zod";
import { type Actor, reject } from "../../actors/actor.ts";
import { EventCatalogue } from "../../events/catalogue.ts";

/** A tiny actor for runtime tests: the runtime knows nothing of the domain. */
export const counterCatalogue = new EventCatalogue({
  "counter.incremented": {
    schemaVersion: 1,
    schema: z.object({ by: z.number().int(), total: z.number().int() }),
  },
});

export type CounterEvent = { type: "counter.incremented"; data: { by: number; total: number } };
export interface CounterState {
  total: number;
  applied: number;
}

export const counterActor: Actor<CounterState, CounterEvent> = {
  type: "counter",
  initialState: { total: 0, applied: 0 },
  commands: {
    increment: z.object({ by: z.number().int().min(1).max(1000) }),
    /** Throws inside decide: stands for a handler bug. */
    explode: z.object({}),
    /** Refuses when the total would pass the limit. */
    incrementBelow: z.object({ by: z.number().int().min(1), limit: z.number().int() }),
    /** Starts a counter: refused once it has counted anything. */
    start: z.object({}),
  },
  startsStream: new Set(["start"]),
  decide(command, state) {
    switch (command.type) {
      case "increment": {
        const { by } = command.data as { by: number };
        return [{ type: "counter.incremented", data: { by, total: state.total + by } }];
      }
      case "incrementBelow": {
        const { by, limit } = command.data as { by: number; limit: number };
        if (state.total + by > limit) {
          return { rejected: "limit_reached", message: `total ${state.total} + ${by} > ${limit}` };
        }
        return [{ type: "counter.incremented", data: { by, total: state.total + by } }];
      }
      case "start":
        if (state.applied > 0) {
          return { rejected: "already_started", message: `counter has ${state.applied} events` };
        }
        return [{ type: "counter.incremented", data: { by: 0, total: 0 } }];
      case "explode":
        throw new Error("boom");
      default:
        return reject("unknown_command", command.type);
    }
  },
  evolve(state, event) {
    return { total: event.data.total, applied: state.applied + 1 };
  },
};
