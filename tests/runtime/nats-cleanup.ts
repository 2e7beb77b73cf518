import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";

/** Deletes the streams a test made (command stream, its dead letters, KV buckets). */
export async function deleteStreams(nc: NatsConnection, names: string[]): Promise<void> {
  const manager = await jetstreamManager(nc);
  for (const name of names) await manager.streams.delete(name).catch(() => {});
}
