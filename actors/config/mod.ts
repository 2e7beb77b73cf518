import { z } from "zod";
import { type Actor, reject } from "../actor.ts";
import { decideBy, event, evolveBy } from "../decider.ts";
import { defaultRuntimeConfig, RuntimeConfig } from "./runtime-config.ts";

export { defaultRuntimeConfig, RuntimeConfig } from "./runtime-config.ts";

/** The one config actor's id: config is cluster-wide. */
export const CONFIG_ID = "global";

export interface ConfigState {
  version: number;
  config: RuntimeConfig;
}

export const configCommands = {
  /** Replaces the whole config; `expectedVersion` guards against lost updates between operators. */
  change: z.object({ config: RuntimeConfig, expectedVersion: z.number().int().min(0).optional() }),
};
type ConfigCommands = typeof configCommands;

export const evolveConfig = evolveBy<ConfigState>({
  "config.changed": (_state, data) => ({
    version: data.version,
    config: RuntimeConfig.parse(data.config),
  }),
});

/** Runtime configuration as an actor: versioned, and every change an event. */
export const configActor: Actor<ConfigState> = {
  type: "config",
  initialState: { version: 0, config: defaultRuntimeConfig },
  commands: configCommands,
  decide: decideBy<ConfigState, ConfigCommands>({
    change: ({ config, expectedVersion }, state, { metadata: { now } }) => {
      if (expectedVersion !== undefined && expectedVersion !== state.version) {
        return reject(
          "version_conflict",
          `config is at version ${state.version}, not ${expectedVersion}: read it again and retry`,
        );
      }
      if (JSON.stringify(config) === JSON.stringify(state.config) && state.version > 0) return [];
      return [event("config.changed", { version: state.version + 1, config, at: now })];
    },
  }),
  evolve: evolveConfig,
};
