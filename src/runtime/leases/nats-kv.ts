import type { NatsConnection } from "@nats-io/transport-node";
import { JetStreamApiError } from "@nats-io/jetstream";
import { type KV, Kvm } from "@nats-io/kv";
import { type Clock, systemClock, type Timer } from "../../clock/clock.ts";
import type { Logger } from "../../telemetry/log.ts";
import { LeaseClock } from "./lease-clock.ts";
import {
  type DependencyState,
  fairShare,
  type LeaseHandlers,
  type LeaseMember,
  type NodeAnnouncement,
  type PartitionLeases,
} from "./partition-leases.ts";

export interface NatsKvLeaseOptions {
  connection: NatsConnection;
  nodeId: string;
  partitions: number;
  /** KV bucket shared by the cluster's nodes. */
  bucket?: string;
  ttlMs?: number;
  /**
   * A lease not renewed for `ttlMs - marginMs` (NATS unreachable, say) is
   * given up locally, before the server can hand it to another node.
   * Default a third of the TTL.
   */
  marginMs?: number;
  log?: Logger;
  clock?: Clock;
}

/**
 * Partition leases in a NATS KV bucket whose TTL is the lease TTL: a key not
 * renewed within it expires, so a dead node's partitions become free without
 * anyone having to notice the death. Claims are compare-and-set (`create`
 * only if absent, `update` only at the revision we hold), so two nodes can
 * never both believe they hold a lease. Each node also keeps a presence key,
 * so every node knows how many share the work and takes a fair share, giving
 * extras back when a node joins. A node cut off from NATS stops its
 * partitions on its own clock (lease-clock.ts) before the leases expire
 * elsewhere, and takes them again once NATS answers.
 */
export async function natsKvLeases(options: NatsKvLeaseOptions): Promise<PartitionLeases> {
  const ttlMs = options.ttlMs ?? 6_000;
  const clock = options.clock ?? systemClock;
  const bucket = options.bucket ?? "switchboard_leases";
  const openBucket = () => new Kvm(options.connection).create(bucket, { ttl: ttlMs, history: 1 });
  let kv: KV = await openBucket();
  /** After a failed round: the server may have come back without the bucket. */
  let reopen = false;
  const held = new Map<number, number>(); // partition → revision we hold
  const leaseClock = new LeaseClock(ttlMs, options.marginMs ?? Math.floor(ttlMs / 3));
  const { nodeId, partitions } = options;
  let handlers: LeaseHandlers | undefined;
  let timer: Timer | undefined;
  let watchdog: Timer | undefined;
  let running = false;
  let tick: Promise<void> = Promise.resolve();
  let seenAlive: string[] | undefined;
  let lastRound: { at: number; error?: string } | undefined;
  let announcement: NodeAnnouncement = {};

  const leaseKey = (p: number) => `partition.${p}`;
  const presenceKey = `node.${nodeId}`;

  async function lose(p: number): Promise<void> {
    if (!held.delete(p)) return;
    leaseClock.forget(p);
    await handlers?.lost(p);
  }

  async function acquired(p: number, revision: number, sentAt: number): Promise<void> {
    held.set(p, revision);
    leaseClock.renewed(p, sentAt);
    await handlers?.acquired(p);
  }

  async function liveNodes(): Promise<string[]> {
    const names: string[] = [];
    for await (const key of await kv.keys("node.*")) names.push(key.slice("node.".length));
    return names;
  }

  /** Takes a free lease, or one still recorded as ours (held before NATS went away); else undefined. */
  async function claim(p: number): Promise<number | undefined> {
    try {
      return await kv.create(leaseKey(p), nodeId);
    } catch (error) {
      // Not an answer from the server (unreachable, timed out): end the round.
      if (!(error instanceof JetStreamApiError)) throw error;
    }
    const entry = await kv.get(leaseKey(p));
    if (!entry || entry.operation !== "PUT" || entry.string() !== nodeId) return undefined;
    return await kv.update(leaseKey(p), nodeId, entry.revision).catch(() => undefined);
  }

  async function round(): Promise<void> {
    if (reopen) {
      kv = await openBucket();
      reopen = false;
    }
    // The presence key's value is the node's announcement: one small entry per node.
    await kv.put(
      presenceKey,
      JSON.stringify({ ...announcement, lastSeen: new Date(clock.now()).toISOString() }),
    );
    for (const [p, revision] of [...held]) {
      const sentAt = clock.now();
      try {
        held.set(p, await kv.update(leaseKey(p), nodeId, revision));
        leaseClock.renewed(p, sentAt);
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
      const sentAt = clock.now();
      const revision = await claim(p);
      if (revision !== undefined) await acquired(p, revision, sentAt);
    }
  }

  /** Live nodes from their presence keys, with the partitions each lease key names. */
  async function members(): Promise<LeaseMember[]> {
    const found = new Map<string, LeaseMember>();
    const owners = new Map<string, number[]>();
    for await (const key of await kv.keys()) {
      const entry = await kv.get(key);
      if (!entry || entry.operation !== "PUT") continue;
      if (key.startsWith("node.")) {
        const id = key.slice("node.".length);
        let value: Record<string, unknown> = {};
        try {
          const parsed = JSON.parse(entry.string());
          if (parsed && typeof parsed === "object") value = parsed;
        } catch { /* an older node's plain timestamp */ }
        const { lastSeen, ...rest } = value;
        found.set(id, {
          nodeId: id,
          announcement: rest as NodeAnnouncement,
          lastSeen: typeof lastSeen === "string" ? lastSeen : entry.created.toISOString(),
          partitions: [],
        });
      } else if (key.startsWith("partition.")) {
        const owner = entry.string();
        owners.set(owner, [...owners.get(owner) ?? [], Number(key.slice("partition.".length))]);
      }
    }
    for (const [owner, ps] of owners) {
      const member = found.get(owner);
      if (member) member.partitions = ps.sort((a, b) => a - b);
    }
    return [...found.values()].sort((a, b) => a.nodeId.localeCompare(b.nodeId));
  }

  function runRound(): Promise<void> {
    return round().then(
      () => {
        lastRound = { at: clock.now() };
      },
      (error) => {
        lastRound = { at: lastRound?.at ?? 0, error: String(error) };
        reopen = true;
        options.log?.warn("lease round failed", { error });
      },
    );
  }

  function schedule(): void {
    if (!running) return;
    timer = clock.setTimeout(() => {
      tick = runRound().finally(schedule);
    }, Math.max(100, Math.floor(ttlMs / 3)));
  }

  /** Gives up, on this node's clock, every lease that was not renewed in time. */
  function checkExpiry(): void {
    for (const p of leaseClock.expiring(clock.now())) {
      options.log?.warn("lease not renewed in time, stopping its partition", { partition: p });
      void lose(p);
    }
  }

  return {
    nodeId,
    async start(h) {
      handlers = h;
      running = true;
      tick = runRound();
      await tick;
      schedule();
      watchdog = clock.setInterval(checkExpiry, Math.max(50, Math.floor(ttlMs / 12)));
    },
    owned: () => [...held.keys()].sort((a, b) => a - b),
    liveNodes: () => seenAlive,
    announce(a) {
      announcement = a;
    },
    members,
    readiness(): DependencyState {
      const now = clock.now();
      if (!lastRound) return { ok: false, detail: "no lease round yet" };
      const since = now - lastRound.at;
      const ok = since < ttlMs && !options.connection.isClosed();
      const state =
        `${held.size} of ${partitions} partitions held, last good round ${since} ms ago`;
      return { ok, detail: lastRound.error ? `${state}; last error: ${lastRound.error}` : state };
    },
    async stop({ release = true } = {}) {
      running = false;
      timer?.cancel();
      watchdog?.cancel();
      await tick;
      for (const [p, revision] of [...held]) {
        await lose(p);
        if (release) await kv.delete(leaseKey(p), { previousSeq: revision }).catch(() => {});
      }
      if (release) await kv.delete(presenceKey).catch(() => {});
    },
  };
}
