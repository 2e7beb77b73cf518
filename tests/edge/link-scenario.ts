import assert from "node:assert/strict";
import type { AgentTarget } from "../../src/edge/session-control.ts";
import {
  type LinkEffect,
  type LinkInput,
  type LinkPolicy,
  type LinkState,
  opening,
  transition,
} from "../../src/edge/session-link.ts";

/**
 * Given-when-then for the session-link machine (src/edge/session-link.ts):
 * given a start and the inputs so far, when one more input, then this state
 * and these effects.
 */
export function scenario(start: LinkState = opening(false, false), policy?: LinkPolicy) {
  return {
    given(...inputs: LinkInput[]) {
      let state = start;
      for (const input of inputs) state = transition(state, input, policy).state;
      return {
        state,
        when(input: LinkInput) {
          const step = transition(state, input, policy);
          return {
            /** The next state (its kind, or all of it) and the effects, in order. */
            then(expected: LinkState["kind"] | LinkState, effects: LinkEffect[]): LinkState {
              if (typeof expected === "string") assert.equal(step.state.kind, expected);
              else assert.deepStrictEqual(step.state, expected);
              assert.deepStrictEqual(step.effects, effects);
              return step.state;
            },
            /** Nothing happens: same state, no effects. */
            thenNothing(): void {
              assert.deepStrictEqual(step.state, state);
              assert.deepStrictEqual(step.effects, []);
            },
          };
        },
      };
    },
  };
}

export const target = (agentId: string): AgentTarget => ({
  agentId,
  host: "127.0.0.1",
  port: 9000,
  path: "/agent",
});

export const SESSION = "s-1";
export const TOKEN = "resume-token-0123456789";

export const opened = (agentId = "a1", version = 3): LinkInput => ({
  type: "opened",
  sessionId: SESSION,
  resumeToken: TOKEN,
  target: target(agentId),
  version,
});
export const dialled = (eligible = true): LinkInput => ({ type: "dialled", eligible });
export const dialFailed = (reason = "connection refused"): LinkInput => ({
  type: "dial failed",
  reason,
});
export const rerouted = (agentId: string): LinkInput => ({
  type: "rerouted",
  target: target(agentId),
});
export const lost = (
  more: Partial<LinkInput & { type: "agent lost" }> = {},
): LinkInput => ({
  type: "agent lost",
  reason: "agent closed without a close frame",
  replayable: true,
  clientMessageTruncated: false,
  ...more,
});
export const ended = (
  by: "client" | "agent" | "edge" | "timeout",
  detail = "closing handshake completed",
): LinkInput => ({ type: "ended", by, detail });

/** Inputs that bring a new session to each phase. */
export const DIALLING = [opened()];
export const RELAYING = [opened(), dialled()];
export const MOVING = [...RELAYING, lost()];
export const MOVE_DIALLING = [...MOVING, rerouted("a2")];

/** The link of session s-1 on `agentId`, as the machine keeps it. */
export const link = (agentId = "a1", transparent = false) => ({
  sessionId: SESSION,
  agentId,
  transparent,
  attachedVersion: 3,
});
