import { isRejection } from "../../actors/actor.ts";
import { HealthThresholds } from "../../actors/agent/commands.ts";
import type { DomainEvent } from "../../events/mod.ts";
import { SessionControl } from "../../src/edge/session-control.ts";
import { commandClients } from "../../src/runtime/commands/clients.ts";
import { type Accepted, CommandRejectedError, type Dispatch } from "../../src/runtime/dispatch.ts";
import { LiveFeed } from "../../src/runtime/live-feed.ts";
import type { EventStore, SubscriptionOptions } from "../../src/store/event-store.ts";
import { T0 } from "../actors/given-when-then.ts";
import { agentEvents, type AgentSketch } from "../actors/fleet-kit.ts";
import { Host } from "../actors/harness.ts";
import { FakeClock, waitFor } from "../support/time.ts";

/** An event store whose log the test writes: the live feed follows what `record` hands it. */
function scriptedLog() {
  let handler: SubscriptionOptions["handler"] | undefined;
  let position = 0;
  const store = {
    subscribe(options: SubscriptionOptions) {
      handler = options.handler;
      return { name: options.name, position: 0, caughtUp: async () => {}, stop: async () => {} };
    },
    notify() {},
    headPosition: () => Promise.resolve(position),
  } as unknown as EventStore;
  const record = async (events: DomainEvent[]) => {
    await handler!(events.map((event) => ({
      id: crypto.randomUUID(),
      streamId: "test",
      version: 1,
      position: ++position,
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: {},
      recordedAt: T0,
    })));
  };
  return { store, record };
}

interface Sent {
  command: { actorType: string; actorId: string; type: string; data: unknown };
  resolve: (reply: Accepted) => void;
  reject: (error: Error) => void;
}

/**
 * One edge over a scripted log: its live feed (view and reservations), and a
 * dispatch whose commands wait until the test answers them as the session
 * actor decides. What an answered command recorded reaches the feed only
 * when the test delivers it: the log's lag, made explicit.
 */
export async function edgeOver(
  agents: AgentSketch[],
  options: { unavailable?: () => string | undefined } = {},
) {
  const clock = new FakeClock();
  const log = scriptedLog();
  const fleet = new LiveFeed(log.store, undefined, clock);
  await fleet.start("test");
  await log.record(agents.flatMap(agentEvents));
  const host = new Host();
  const sent: Sent[] = [];
  const recorded: DomainEvent[] = [];
  const dispatch =
    ((command: Sent["command"]) =>
      new Promise((resolve, reject) => sent.push({ command, resolve, reject }))) as Dispatch;
  const control = new SessionControl({
    commands: commandClients(dispatch),
    fleet,
    edgeId: "edge-1",
    thresholds: () => HealthThresholds.parse({}),
    ...(options.unavailable ? { unavailable: options.unavailable, clock } : {}),
  });
  const take = async (type: string) => {
    await waitFor(() => sent.some((s) => s.command.type === type), `a ${type} command`);
    return sent.splice(sent.findIndex((s) => s.command.type === type), 1)[0]!;
  };
  return {
    fleet,
    control,
    clock,
    sent,
    /** Answers the oldest `type` command as its actor decides. */
    async answer(type: string) {
      const { command, resolve, reject } = await take(type);
      const result = host.send(command.actorType, command.actorId, type, command.data, T0);
      if (isRejection(result)) {
        reject(new CommandRejectedError(result.rejected, result.message, { commandId: "c", type }));
      } else {
        recorded.push(...result);
        resolve({ ok: true, version: result.length, events: [] });
      }
    },
    /** Fails the oldest `type` command with `error`. */
    async fail(type: string, error: Error) {
      (await take(type)).reject(error);
    },
    /** The log brings what the answered commands recorded. */
    deliver: () => log.record(recorded.splice(0)),
  };
}
