/** Shapes the UI reads from the API (the server's zod schemas are the authority). */
export interface Agent {
  id: string;
  name: string;
  host: string;
  port: number;
  path?: string;
  agentType: string;
  capabilities: string[];
  version?: string;
  weight?: number;
  maxSessions?: number;
  status: string;
  health: string;
  draining: boolean;
  maintenance?: boolean;
  drainDeadline?: string;
  ejectedUntil?: string;
  registeredAt: string;
  updatedAt: string;
  lastHeartbeatAt?: string;
  currentSessions: number;
  load: { sessions?: number; cpu?: number; queueDepth?: number; latencyMs?: number };
}

export interface AgentDetail extends Agent {
  versions: { version: string; previousVersion: string | null; at: string; position: number }[];
}

export interface Session {
  id: string;
  clientId: string;
  capability?: string;
  agentType?: string;
  status: string;
  agentId?: string;
  edgeId?: string;
  openedAt: string;
  routedAt?: string;
  closedAt?: string;
  closeReason?: string;
  closeCode?: number;
  lastEventAt: string;
  rebinds: number;
  resumes: number;
  detaches: number;
  strategy?: string;
  traffic: {
    framesIn: number;
    framesOut: number;
    bytesIn: number;
    bytesOut: number;
    errors: number;
  };
  position: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | number | null;
}

export interface Percentiles {
  p50: number | null;
  p99: number | null;
}

export interface Summary {
  connections: number;
  sessions: { live: number; byStatus: Record<string, number> };
  agents: { total: number; byStatus: Record<string, number> };
  sessionsPerAgent: { agentId: string; sessions: number }[];
  framesPerSecond: number;
  bytesPerSecond: number;
  errorRate: number;
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
  relayLatencyMs?: Percentiles;
  responseLatencyMs?: Percentiles;
  windowSeconds: number;
  asOf: string | null;
  routing: { strategy: string; routed: number; rebound: number; share: number }[];
  totals: Record<string, number>;
  positions: Record<string, number>;
}

export interface Sample {
  at: string;
  sessions: number;
  connections: number;
  opened: number;
  frames: number;
  bytes: number;
}

export interface FleetPayload {
  at: string;
  position: number;
  changed: string[];
  summary: Summary;
  agents: Agent[];
  sample?: Sample;
}

/** One bucket of GET /load/series; fields beyond these are drawn when present. */
export interface LoadPoint {
  start: string;
  seconds: number;
  framesPerSecond: number;
  bytesPerSecond: number;
  errorRate: number;
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
  [field: string]: unknown;
}

export interface LogEvent {
  id: string;
  streamId: string;
  version: number;
  position: number;
  type: string;
  data: Record<string, unknown>;
  metadata: { principal?: { sub: string }; [key: string]: unknown };
  recordedAt: string;
}

export interface RoutingPolicy {
  strategy: string;
  sticky: boolean;
  failover: boolean;
  fallbackCapability?: string;
  retryAfterSeconds: number;
}
