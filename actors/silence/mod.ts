import { z } from "zod";
import { SilenceCreated, SilenceMatcher, Timestamp } from "../../events/mod.ts";
import { type Actor, reject } from "../actor.ts";
import { decideBy, event, evolveBy } from "../decider.ts";
import { isBefore } from "../time.ts";

export interface SilenceState {
  silence?: z.infer<typeof SilenceCreated>;
  deleted: boolean;
}

export const silenceCommands = {
  create: z.object({
    matchers: z.array(SilenceMatcher).min(1).max(32),
    /** Default: now. */
    startsAt: Timestamp.optional(),
    /** Until when notifications matching the matchers are muted. */
    endsAt: Timestamp,
    comment: z.string().max(1000).default(""),
  }),
  delete: z.object({}),
};
type SilenceCommands = typeof silenceCommands;

export const evolveSilence = evolveBy<SilenceState>({
  "silence.created": (state, d) => ({ ...state, silence: d }),
  "silence.deleted": (state) => ({ ...state, deleted: true }),
});

/** Whether a matcher's regex compiles (checked once, at creation, so matching never throws). */
function badRegex(matchers: SilenceMatcher[]): string | undefined {
  for (const [i, m] of matchers.entries()) {
    if (!m.isRegex) continue;
    try {
      new RegExp(m.value);
    } catch {
      return `matchers.${i}.value: not a valid regular expression`;
    }
  }
  return undefined;
}

/**
 * One actor per silence: label matchers muting notifications until `endsAt`.
 * The author is the principal that asked. Silences never change alert records.
 */
export const silenceActor: Actor<SilenceState> = {
  type: "silence",
  initialState: { deleted: false },
  commands: silenceCommands,
  decide: decideBy<SilenceState, SilenceCommands>({
    create: (data, state, { actorId, metadata: { now, principal } }) => {
      if (state.silence) return reject("silence_exists", `silence ${actorId} already exists`);
      const startsAt = data.startsAt ?? now;
      if (!isBefore(startsAt, data.endsAt)) {
        return reject("invalid_silence", "endsAt: must be after startsAt");
      }
      if (!isBefore(now, data.endsAt)) {
        return reject("invalid_silence", "endsAt: must be in the future");
      }
      const regex = badRegex(data.matchers);
      if (regex) return reject("invalid_silence", regex);
      return [event("silence.created", {
        silenceId: actorId,
        matchers: data.matchers,
        startsAt,
        endsAt: data.endsAt,
        comment: data.comment,
        author: principal?.sub ?? "anonymous",
        at: now,
      })];
    },
    delete: (_data, state, { actorId, metadata: { now } }) => {
      if (!state.silence || state.deleted) {
        return reject("silence_not_found", `no silence ${actorId}`);
      }
      return [event("silence.deleted", { silenceId: actorId, at: now })];
    },
  }),
  evolve: evolveSilence,
};
