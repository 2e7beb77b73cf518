import type { JetStreamManager } from "@nats-io/jetstream";
import type { CommandLogProtocol, DeadLetterRecord } from "./protocol.ts";

/**
 * The newest `limit` dead letters, oldest first, read by sequence from the
 * dead-letter stream. Direct gets, not a consumer: this is an occasional
 * operator read and should leave nothing behind on the server.
 */
export async function readDeadLetters(
  jsm: JetStreamManager,
  protocol: CommandLogProtocol,
  limit: number,
): Promise<{ payload: unknown; reason: string }[]> {
  if (limit <= 0) return [];
  const { state } = await jsm.streams.info(protocol.deadLetterStream);
  if (state.messages === 0) return [];
  const from = Math.max(state.first_seq, state.last_seq - limit + 1);
  const sequences = Array.from({ length: state.last_seq - from + 1 }, (_, i) => from + i);
  const stored = await Promise.all(
    sequences.map((seq) =>
      jsm.streams.getMessage(protocol.deadLetterStream, { seq })
        // A message aged out between the info and the get.
        .catch(() => null)
    ),
  );
  return stored.flatMap((message) => {
    if (!message) return [];
    try {
      const { payload, reason } = message.json<DeadLetterRecord>();
      return [{ payload, reason }];
    } catch {
      return [{ payload: message.string(), reason: "unreadable dead letter" }];
    }
  });
}
