/** What a lease manager tells its node as partitions come and go. */
export interface LeaseHandlers {
  /** The node now owns the partition: start consuming it. */
  acquired(partition: number): Promise<void>;
  /** The node no longer owns it (released, or a renewal failed): stop at once. */
  lost(partition: number): Promise<void>;
}

/**
 * The partition lease port: which command-log partitions this node may
 * consume. A lease has a TTL and is renewed; a node that dies loses its
 * partitions within the TTL and the others take them over.
 */
export interface PartitionLeases {
  readonly nodeId: string;
  start(handlers: LeaseHandlers): Promise<void>;
  owned(): number[];
  /**
   * The nodes seen alive at the last lease round (this one included), or
   * undefined before the first: who may still hold client sockets.
   */
  liveNodes(): string[] | undefined;
  /**
   * What this node says about itself to the others (address, version, start
   * time): kept with its presence, read back by `members()`.
   */
  announce?(announcement: NodeAnnouncement): void;
  /** Every live node with its announcement and the partitions it holds, read now. */
  members?(): Promise<LeaseMember[]>;
  /** `release: false` simulates a crash: leases are left to expire. */
  stop(options?: { release?: boolean }): Promise<void>;
  /** Whether the lease service answers now (for readiness). */
  readiness(): DependencyState;
}

/** What a node tells the cluster about itself (`GET /api/v1/nodes`). */
export interface NodeAnnouncement {
  address?: string;
  version?: string;
  startedAt?: string;
}

/** A live node as the lease service knows it. */
export interface LeaseMember {
  nodeId: string;
  announcement: NodeAnnouncement;
  /** When it last renewed its presence (ISO time). */
  lastSeen: string;
  partitions: number[];
}

/** One dependency's state as a readiness check reports it. */
export interface DependencyState {
  ok: boolean;
  detail: string;
}

/** Partitions a node should hold for an even share; the lowest-numbered nodes take the remainder. */
export function fairShare(partitions: number, liveNodes: string[], nodeId: string): number {
  const nodes = [...new Set([...liveNodes, nodeId])].sort();
  const base = Math.floor(partitions / nodes.length);
  return base + (nodes.indexOf(nodeId) < partitions % nodes.length ? 1 : 0);
}
