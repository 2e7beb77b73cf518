import { alertActor } from "../../../actors/alert/mod.ts";
import { isRejection } from "../../../actors/actor.ts";
import type { AlertRule, RecordedEvent } from "../../../events/mod.ts";
import type { MetricSample } from "../../../actors/alert/mod.ts";
import type { AlertStates } from "../../../src/runtime/alerting/alert-states.ts";
import type { AlertCommandClient } from "../../../src/runtime/commands/clients.ts";

export interface SentCommand {
  type: "evaluate" | "retire";
  ruleId: string;
  now: string;
  data: unknown;
}

/**
 * The alert commands as the host would run them: the real actor decides on
 * the state the mirror holds, and its events go back into the mirror, as
 * the live feed would bring them.
 */
export function fakeAlertClient(states: AlertStates): {
  client: AlertCommandClient;
  sent: SentCommand[];
  events: RecordedEvent[];
} {
  const sent: SentCommand[] = [];
  const events: RecordedEvent[] = [];
  let position = 0;
  const run = (type: "evaluate" | "retire", ruleId: string, data: unknown, now: string) => {
    sent.push({ type, ruleId, now, data });
    const decided = alertActor.decide({
      commandId: `c${sent.length}`,
      actorType: "alert",
      actorId: ruleId,
      type,
      data: alertActor.commands[type]!.parse(data),
      metadata: { now },
    }, states.get(ruleId));
    if (isRejection(decided)) throw new Error(decided.message);
    for (const e of decided) {
      const recorded = {
        id: crypto.randomUUID(),
        streamId: `alert-${ruleId}`,
        version: 1,
        position: ++position,
        type: e.type,
        schemaVersion: 1,
        data: e.data,
        metadata: {},
        recordedAt: now,
      };
      events.push(recorded);
      states.apply(recorded);
    }
  };
  const client = {
    evaluate: (ruleId: string, data: { rule: AlertRule; samples: MetricSample[] }, options: {
      metadata: { now: string };
    }) => Promise.resolve(run("evaluate", ruleId, data, options.metadata.now)),
    retire: (ruleId: string, data: unknown, options: { metadata: { now: string } }) =>
      Promise.resolve(run("retire", ruleId, data, options.metadata.now)),
  } as unknown as AlertCommandClient;
  return { client, sent, events };
}
