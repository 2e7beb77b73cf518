import assert from "node:assert/strict";
import type { RecordedEvent } from "../../events/envelope.ts";
import { PollingSubscription, type SubscriptionSource } from "../../src/store/subscription.ts";
import { waitFor } from "../support/time.ts";

/** A source whose reads fail while `down`, counting the failures. */
function flakySource(event: RecordedEvent) {
  const state = { down: true, failures: 0 };
  const source: SubscriptionSource = {
    readAll: ({ after }) => {
      if (state.down) {
        state.failures++;
        return Promise.reject(new Error("event store unavailable"));
      }
      return Promise.resolve((after ?? 0) < event.position ? [event] : []);
    },
    loadCheckpoint: () => Promise.resolve(0),
    saveCheckpoint: () => Promise.resolve(),
    lastCommittedPosition: () => Promise.resolve(state.down ? 0 : event.position),
  };
  return { source, state };
}

Deno.test("subscription: a wake-up ends the backoff after failed reads, so a store that is back is read at once", async () => {
  const event = { position: 1 } as RecordedEvent;
  const { source, state } = flakySource(event);
  const delivered: number[] = [];
  const subscription = new PollingSubscription(source, {
    name: "retry",
    checkpoint: "manual",
    handler: (events) => void delivered.push(...events.map((e) => e.position)),
    onError: () => {},
  }, () => {});
  try {
    // Four failures (50 + 100 + 200 + 400 ms): the fifth waits 800 ms.
    await waitFor(() => state.failures >= 5, "five failed reads");
    state.down = false;
    const woken = Date.now();
    subscription.wake();
    await waitFor(() => delivered.length === 1, "the event read once woken");
    // measures real time: well before the 800 ms backoff would have ended on its own
    assert.ok(Date.now() - woken < 600, `read ${Date.now() - woken} ms after the wake-up`);
  } finally {
    await subscription.stop();
  }
});
