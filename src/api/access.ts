import type { z } from "zod";
import { Id } from "../../events/mod.ts";
import type { Role } from "../auth/roles.ts";
import {
  DrainBody,
  EjectBody,
  HeartbeatBody,
  MaintenanceBody,
  RegisterAgentBody,
  WeightBody,
} from "./routes/agent-commands.ts";
import { NodesQuery } from "./routes/nodes.ts";
import { BackupQuery } from "./routes/backup.ts";
import { IssueApiKeyBody } from "./routes/api-keys.ts";
import { PutConfigBody } from "./routes/config.ts";
import { ConfigHistoryQuery } from "./routes/config-history.ts";
import { PutRoutingBody } from "./routes/routing.ts";
import { AgentsQuery, LoadQuery, SeriesQuery, SessionsQuery } from "./routes/read-models.ts";
import { EventsQuery } from "./routes/events.ts";
import { CreateChannelBody, DeliveriesQuery } from "./routes/notification-channels.ts";
import { RoutingDryRunBody } from "./routes/routing-dry-run.ts";
import { AckBody, AlertsQuery } from "./routes/alerts.ts";
import { AlertRuleBody, DryRunBody } from "./routes/alert-rules.ts";
import { SilenceBody, SilencesQuery } from "./routes/silences.ts";

export type Method = "GET" | "POST" | "PUT" | "DELETE";

/** One API route: who may call it and what it takes. */
export interface RouteRule {
  method: Method;
  /** Under /api/v1, in hono's pattern syntax. */
  path: string;
  /** Roles allowed besides admin, who may do everything. */
  roles: Role[];
  summary: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Path parameters, each an id. */
  params?: string[];
}

const ops: Role[] = ["operator"];
const readers: Role[] = ["operator", "auditor"];

/**
 * The single table of route → roles (issue 7): applied to every request
 * under /api/v1 before any handler runs, walked by the RBAC tests route ×
 * role, and the source of /api/v1/openapi.json. A route missing here is
 * refused to everyone, so a new route cannot ship unguarded.
 */
export const accessTable: readonly RouteRule[] = [
  {
    method: "GET",
    path: "/me",
    roles: ["operator", "auditor", "agent", "client"],
    summary: "Who this request is signed in as (and the UI's CSRF token)",
  },
  {
    method: "POST",
    path: "/agents",
    roles: ["agent"],
    summary: "Register an agent",
    body: RegisterAgentBody,
  },
  {
    method: "POST",
    path: "/agents/:id/heartbeat",
    roles: ["agent"],
    summary: "Heartbeat with load",
    body: HeartbeatBody,
    params: ["id"],
  },
  {
    method: "POST",
    path: "/agents/:id/drain",
    roles: ["agent", "operator"],
    summary: "Drain an agent: no new sessions",
    body: DrainBody,
    params: ["id"],
  },
  {
    method: "POST",
    path: "/agents/:id/undrain",
    roles: ["agent", "operator"],
    summary: "Undrain an agent: new sessions again (ends maintenance too)",
    params: ["id"],
  },
  {
    method: "POST",
    path: "/agents/:id/maintenance",
    roles: ops,
    summary: "Maintenance mode on (drain, flagged) or off (undrain)",
    body: MaintenanceBody,
    params: ["id"],
  },
  {
    method: "POST",
    path: "/agents/:id/eject",
    roles: ops,
    summary: "Eject an agent now, as if it had failed (it recovers by heartbeats)",
    body: EjectBody,
    params: ["id"],
  },
  {
    method: "POST",
    path: "/agents/:id/weight",
    roles: ops,
    summary: "Set an agent's routing weight",
    body: WeightBody,
    params: ["id"],
  },
  {
    method: "DELETE",
    path: "/agents/:id",
    roles: ["agent", "operator"],
    summary: "Deregister",
    params: ["id"],
  },
  { method: "GET", path: "/agents", roles: readers, summary: "The registry", query: AgentsQuery },
  { method: "GET", path: "/agents/:id", roles: readers, summary: "One agent", params: ["id"] },
  { method: "GET", path: "/sessions", roles: readers, summary: "Sessions", query: SessionsQuery },
  { method: "GET", path: "/sessions/:id", roles: readers, summary: "One session", params: ["id"] },
  {
    method: "DELETE",
    path: "/sessions/:id",
    roles: ops,
    summary: "Close a session",
    params: ["id"],
  },
  { method: "GET", path: "/routing", roles: readers, summary: "Routing policy per capability" },
  {
    method: "PUT",
    path: "/routing",
    roles: ops,
    summary: "Set a capability's routing policy",
    body: PutRoutingBody,
  },
  { method: "GET", path: "/metrics/summary", roles: readers, summary: "Fleet traffic summary" },
  {
    method: "GET",
    path: "/load",
    roles: readers,
    summary: "Load per agent or capability",
    query: LoadQuery,
  },
  {
    method: "GET",
    path: "/load/series",
    roles: readers,
    summary: "Load time series",
    query: SeriesQuery,
  },
  { method: "GET", path: "/alerts", roles: readers, summary: "Alerts", query: AlertsQuery },
  {
    method: "POST",
    path: "/alerts/:id/ack",
    roles: ops,
    summary: "Acknowledge an alert",
    body: AckBody,
    params: ["id"],
  },
  { method: "GET", path: "/alert-rules", roles: readers, summary: "Alert rules" },
  {
    method: "POST",
    path: "/alert-rules",
    roles: ops,
    summary: "Create an alert rule",
    body: AlertRuleBody,
  },
  {
    method: "POST",
    path: "/alert-rules/dry-run",
    roles: readers,
    summary: "When a rule (not stored) would have fired over a window",
    body: DryRunBody,
  },
  {
    method: "GET",
    path: "/alert-rules/:id",
    roles: readers,
    summary: "One alert rule",
    params: ["id"],
  },
  {
    method: "PUT",
    path: "/alert-rules/:id",
    roles: ops,
    summary: "Replace (or create) an alert rule",
    body: AlertRuleBody,
    params: ["id"],
  },
  {
    method: "DELETE",
    path: "/alert-rules/:id",
    roles: ops,
    summary: "Delete an alert rule (its open alerts resolve)",
    params: ["id"],
  },
  { method: "GET", path: "/silences", roles: readers, summary: "Silences", query: SilencesQuery },
  {
    method: "POST",
    path: "/silences",
    roles: ops,
    summary: "Silence notifications matching label matchers",
    body: SilenceBody,
  },
  {
    method: "DELETE",
    path: "/silences/:id",
    roles: ops,
    summary: "End a silence",
    params: ["id"],
  },
  {
    method: "GET",
    path: "/notification-channels",
    roles: readers,
    summary: "Notification channels (never their secrets)",
  },
  {
    method: "POST",
    path: "/notification-channels",
    roles: ops,
    summary: "Add a webhook channel",
    body: CreateChannelBody,
  },
  {
    method: "GET",
    path: "/notification-channels/:id",
    roles: readers,
    summary: "One notification channel",
    params: ["id"],
  },
  {
    method: "DELETE",
    path: "/notification-channels/:id",
    roles: ops,
    summary: "Delete a notification channel",
    params: ["id"],
  },
  {
    method: "GET",
    path: "/notification-channels/:id/deliveries",
    roles: readers,
    summary: "Delivery attempts through a channel, newest first",
    params: ["id"],
    query: DeliveriesQuery,
  },
  {
    method: "POST",
    path: "/routing/dry-run",
    roles: readers,
    summary: "How recent sessions would have been routed under a policy",
    body: RoutingDryRunBody,
  },
  { method: "GET", path: "/config", roles: readers, summary: "Runtime config and its version" },
  {
    method: "GET",
    path: "/config/history",
    roles: readers,
    summary: "Every version of the runtime config, newest first",
    query: ConfigHistoryQuery,
  },
  {
    method: "GET",
    path: "/stream",
    roles: readers,
    summary: "Server-sent events for the UI: figures, registry, what changed",
  },
  {
    method: "PUT",
    path: "/config",
    roles: [],
    summary: "Change the runtime config",
    body: PutConfigBody,
  },
  {
    method: "GET",
    path: "/events",
    roles: ["auditor"],
    summary: "The event log as NDJSON; follow=true streams new events as they are stored",
    query: EventsQuery,
  },
  {
    method: "POST",
    path: "/projections/rebuild",
    roles: ["auditor"],
    summary: "Rebuild every projection and compare",
  },
  {
    method: "GET",
    path: "/nodes",
    roles: readers,
    summary: "The cluster's live nodes: address, version, partitions, sessions",
    query: NodesQuery,
  },
  {
    method: "GET",
    path: "/backup",
    roles: [],
    summary: "An online backup (gzip'd NDJSON, the `cli backup` format) from a consistent snapshot",
    query: BackupQuery,
  },
  { method: "GET", path: "/api-keys", roles: [], summary: "API keys (never the keys themselves)" },
  {
    method: "POST",
    path: "/api-keys",
    roles: [],
    summary: "Issue an API key (shown once)",
    body: IssueApiKeyBody,
  },
  {
    method: "DELETE",
    path: "/api-keys/:id",
    roles: [],
    summary: "Revoke an API key",
    params: ["id"],
  },
];

/** The path parameter schema every `:id` uses. */
export const PathId = Id;
