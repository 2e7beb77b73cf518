import { z } from "zod";
import { ApiKeyIssued } from "../../events/mod.ts";
import { type Actor, reject } from "../actor.ts";
import { decideBy, event, evolveBy } from "../decider.ts";
import { isBefore } from "../time.ts";

export interface ApiKeyState {
  issued?: z.infer<typeof ApiKeyIssued>;
  revoked: boolean;
}

export const apiKeyCommands = {
  issue: ApiKeyIssued.omit({ keyId: true, at: true }),
  revoke: z.object({}),
};
type ApiKeyCommands = typeof apiKeyCommands;

export const evolveApiKey = evolveBy<ApiKeyState>({
  "apiKey.issued": (state, data) => ({ ...state, issued: data }),
  "apiKey.revoked": (state) => ({ ...state, revoked: true }),
});

/** One actor per API key (`sbk_…`): issued once, revocable; only the hash is ever recorded. */
export const apiKeyActor: Actor<ApiKeyState> = {
  type: "apikey",
  initialState: { revoked: false },
  commands: apiKeyCommands,
  decide: decideBy<ApiKeyState, ApiKeyCommands>({
    issue: (data, state, { actorId, metadata: { now } }) => {
      if (state.issued) return reject("key_exists", `API key ${actorId} was already issued`);
      if (data.expiresAt && !isBefore(now, data.expiresAt)) {
        return reject("invalid_expiry", "expiresAt must be in the future");
      }
      return [event("apiKey.issued", { ...data, keyId: actorId, at: now })];
    },
    revoke: (_data, state, { actorId, metadata: { now } }) => {
      if (!state.issued) return reject("key_not_found", `no API key ${actorId}`);
      if (state.revoked) return [];
      return [event("apiKey.revoked", { keyId: actorId, at: now })];
    },
  }),
  evolve: evolveApiKey,
};
