import assert from "node:assert/strict";
import { AgentStream } from "../../../src/edge/tunnel/agent-stream.ts";
import type { Unit } from "../../../src/edge/tunnel/client-backlog.ts";
import { waitFor } from "../../support/time.ts";

/** A socket whose writes complete when `gate` opens (never, for an agent that stopped reading). */
function gatedConn(gate: Promise<void>, done = { writes: 0 }): Deno.Conn {
  return {
    write: (b: Uint8Array) =>
      gate.then(() => {
        done.writes++;
        return b.length;
      }),
    read: () => new Promise<number | null>(() => {}),
    close() {},
  } as unknown as Deno.Conn;
}

const unit = (): Unit => ({
  view: new Uint8Array(100),
  buf: undefined,
  tailFrom: 100,
  resets: true,
});

Deno.test("agent stream: writes to a detached agent that finish later do not loosen backpressure on the next one", async () => {
  let openA!: () => void;
  const writtenToA = { writes: 0 };
  const a = gatedConn(new Promise((r) => openA = r), writtenToA);
  const b = gatedConn(new Promise(() => {})); // not reading: its writes never finish
  const stream = new AgentStream(1 << 20, () => {});
  for (let i = 0; i < 20; i++) stream.backlog.park(unit());
  stream.attach(a);
  stream.detach(); // agent A lost with 20 writes in flight
  openA(); // ...which then complete
  await waitFor(() => writtenToA.writes === 20, "the 20 writes to A to complete");
  stream.backlog.takePending();
  stream.attach(b);
  stream.send(unit());
  assert.ok(stream.last, "one write in flight to B: the client pump must wait for it");
});
