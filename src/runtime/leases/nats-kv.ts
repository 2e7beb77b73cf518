import type { NatsConnection } from "@nats-io/transport-node";
import { type KV, Kvm } from "@nats-io/kv";
import type { Logger } from "../../telemetry/log.ts";
import { fairShare, type LeaseHandlers, type PartitionLeases } from "./partition-leases.ts";

export interface NatsKvLeaseOptions {
  connection: NatsConnection;
  nodeId: string;
  partitions: number;
  /** KV bucket shared by the cluster's nodes. */
  bucket?: string;
  ttlMs?: number;
  log?: Logger;
}

/**
 * Partition leases in a NATS KV bucket whose TTL is the lease TTL: a key not
 * renewed within it expires, so a dead node's partitions become free without
 * anyone having to notice the death. Claims are compare-and-set (`create`
 * only if absent, `update` only at the revision we hold), so two nodes can
 * never both believe they hold a lease. Each node also keeps a presence key,
 * so every node knows how many share the work and takes a fair share, giving
 * extras back when a node joins.
 */
export async function natsKvLeases(options: NatsKvLeaseOptions): Promise<PartitionLeases> {
  const ttlMs = options.ttlMs ?? 6_000;
  const bucket = options.bucket ?? "switchboard_leases";
  const kv: KV = await new Kvm(options.connection).create(bucket, { ttl: ttlMs, history: 1 });
  const held = new Map<number, number>(); // partition → revision we hold
  const { nodeId, partitions } = options;
  let handlers: LeaseHandlers | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let tick: Promise<void> = Promise.resolve();
  let seenAlive: string[] | undefined;

  const leaseKey = (p: number) => `partition.${p}`;
  const presenceKey = `node.${nodeId}`;

  async function lose(p: number): Promise<void> {
    held.delete(p);
    await handlers?.lost(p);
  }

  async function liveNodes(): Promise<string[]> {
    const names: string[] = [];
    for await (const key of await kv.keys("node.*")) names.push(key.slice("node.".length));
    return names;
  }

  async function round(): Promise<void> {
    await kv.put(presenceKey, new Date().toISOString());
    for (const [p, revision] of [...held]) {
      try {
        held.set(p, await kv.update(leaseKey(p), nodeId, revision));
      } catch (error) {
        options.log?.warn("lease lost", { partition: p, error });
        await lose(p);
      }
    }
    seenAlive = [...new Set([...await liveNodes(), nodeId])];
    const share = fairShare(partitions, seenAlive, nodeId);
    // Give back the highest partitions beyond our share, so a joining node gets work.
    for (
      const p of [...held.keys()].sort((a, b) => b - a).slice(0, Math.max(0, held.size - share))
    ) {
      const revision = held.get(p)!;
      await lose(p);
      await kv.delete(leaseKey(p), { previousSeq: revision }).catch(() => {});
    }
    for (let p = 0; p < partitions && held.size < share; p++) {
      if (held.has(p)) continue;
      let revision: number;
      try {
        revision = await kv.create(leaseKey(p), nodeId);
      } catch {
        continue; // someone holds it
      }
      held.set(p, revision);
      await handlers?.acquired(p);
    }
  }

  function schedule(): void {
    if (!running) return;
    timer = setTimeout(() => {
      tick = round().catch((error) => options.log?.warn("lease round failed", { error })).finally(
        schedule,
      );
    }, Math.max(100, Math.floor(ttlMs / 3)));
  }

  return {
    nodeId,
    async start(h) {
      handlers = h;
      running = true;
      tick = round().catch((error) => options.log?.warn("lease round failed", { error }));
      await tick;
      schedule();
    },
    owned: () => [...held.keys()].sort((a, b) => a - b),
    liveNodes: () => seenAlive,
    async stop({ release = true } = {}) {
      running = false;
      clearTimeout(timer);
      await tick;
      for (const [p, revision] of [...held]) {
        await lose(p);
        if (release) await kv.delete(leaseKey(p), { previousSeq: revision }).catch(() => {});
      }
      if (release) await kv.delete(presenceKey).catch(() => {});
    },
  };
}
