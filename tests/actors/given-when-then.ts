import assert from "node:assert/strict";
import {
  type Actor,
  type CommandMetadata,
  fold,
  isRejection,
  type Rejection,
} from "../../actors/actor.ts";
import { catalogue, type DomainEvent } from "../../events/mod.ts";

export const T0 = "2026-11-25T12:00:00.000Z";

/** `T0` plus some seconds: tests speak in offsets, actors in timestamps. */
export function at(seconds: number): string {
  return new Date(Date.parse(T0) + seconds * 1000).toISOString();
}

export interface When {
  /** The command's events, as the store would validate them. */
  then(expected: DomainEvent[]): void;
  thenNothing(): void;
  thenRejected(code: string): Rejection;
  /** For assertions the other forms cannot say. */
  result(): DomainEvent[] | Rejection;
}

/**
 * Given-when-then for a pure actor: given past events, when a command, then
 * these events or this rejection. The command's payload goes through the
 * actor's own zod schema first, as the host does, so defaults are filled and
 * a bad payload fails the test loudly rather than reaching `decide`.
 */
export function scenario<S>(actor: Actor<S>, actorId: string) {
  return {
    given(...events: DomainEvent[]) {
      const state = fold(actor, events);
      return {
        state,
        when(
          type: string,
          data: unknown = {},
          now: string = T0,
          metadata: Partial<CommandMetadata> = {},
        ): When {
          const schema = actor.commands[type];
          assert.ok(schema, `${actor.type} has no command '${type}'`);
          const parsed = schema.parse(data);
          const command = {
            commandId: `cmd-${type}`,
            actorType: actor.type,
            actorId,
            type,
            data: parsed,
            metadata: { ...metadata, now },
          };
          const result = actor.decide(command, state);
          return {
            then(expected) {
              assert.ok(
                !isRejection(result),
                `expected events, got rejection ${JSON.stringify(result)}`,
              );
              // Every event must pass its schema unchanged: complete, nothing for the store to default.
              for (const e of result) assert.deepStrictEqual(catalogue.prepare(e).data, e.data);
              assert.deepStrictEqual(result, expected);
            },
            thenNothing() {
              assert.deepStrictEqual(result, []);
            },
            thenRejected(code) {
              assert.ok(
                isRejection(result),
                `expected rejection ${code}, got ${JSON.stringify(result)}`,
              );
              assert.equal(result.rejected, code, result.message);
              return result;
            },
            result: () => result,
          };
        },
      };
    },
  };
}

/** Asserts the actor's schema refuses a payload, naming the path of the first issue. */
export function assertBadPayload<S>(
  actor: Actor<S>,
  type: string,
  data: unknown,
  path?: string,
): void {
  const parsed = actor.commands[type]!.safeParse(data);
  assert.ok(!parsed.success, `expected ${type} to refuse ${JSON.stringify(data)}`);
  if (path !== undefined) assert.equal(parsed.error.issues[0]?.path.join("."), path);
}
