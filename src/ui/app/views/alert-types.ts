/** Shapes of issue 14's alerting API, as the UI reads them. */
export interface Alert {
  id: string;
  ruleId: string;
  state: string;
  severity?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  value?: number;
  startsAt?: string;
  endsAt?: string;
  acknowledged?: boolean;
  acknowledgedBy?: string;
  /** Silences muting it now. */
  silencedBy?: string[];
  ackedAt?: string;
}

export interface Silence {
  id: string;
  silenceId?: string;
  matchers: { name: string; value: string; isRegex?: boolean; isEqual?: boolean }[];
  startsAt: string;
  endsAt: string;
  comment?: string;
  author?: string;
  state?: string;
}

export interface AlertRule {
  id?: string;
  name: string;
  metric: string;
  selector?: Record<string, string>;
  op: string;
  threshold: number;
  forSeconds: number;
  severity: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  channels?: string[];
}

export interface FiringInterval {
  alertId: string;
  fingerprint: string;
  labels: Record<string, string>;
  activeAt: string;
  firedAt: string;
  resolvedAt: string | null;
  firedValue: number;
  resolvedValue: number | null;
}

export interface RuleDryRun {
  from: string;
  to: string;
  stepSeconds: number;
  source: string;
  evaluations: number;
  intervals: FiringInterval[];
}

export interface Channel {
  id: string;
  name: string;
  type: string;
  url: string;
  signed: boolean;
  createdAt?: string;
}

export const METRICS = [
  "error_rate",
  "relay_p99_ms",
  "response_p99_ms",
  "unhealthy_agents",
  "agent_unhealthy",
  "sessions",
  "sessions_per_agent",
  "failovers_per_s",
  "open_refusals_per_s",
  "projection_lag_ms",
];
export const OPS = [">", ">=", "<", "<=", "==", "!="];
export const SEVERITIES = ["info", "warning", "critical"];
