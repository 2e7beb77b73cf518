/**
 * Which node evaluates alert rules: the one holding the partition lease of
 * the id `alerting`. Riding on the partition leases (in-process or NATS KV)
 * gives the evaluator their guarantees for free: one holder at a time, a
 * holder that cannot renew stops on its own clock before another takes
 * over, and a dead node's lease expires within the TTL.
 */
export const ALERTING_LEASE_ID = "alerting";

export interface AlertingLeadership {
  /** The partition whose lease makes a node the evaluator. */
  readonly partition: number;
  /** Whether this node evaluates (and notifies) now. */
  isLeader(): boolean;
}

export function alertingLeadership(options: {
  partitionOf: (actorId: string) => number;
  ownedPartitions: () => readonly number[];
}): AlertingLeadership {
  const partition = options.partitionOf(ALERTING_LEASE_ID);
  return {
    partition,
    isLeader: () => options.ownedPartitions().includes(partition),
  };
}
