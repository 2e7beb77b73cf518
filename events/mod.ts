import type { z } from "zod";
import { EventCatalogue, type EventDefinition } from "./catalogue.ts";
import * as agent from "./agent.ts";
import * as session from "./session.ts";
import * as ops from "./operations.ts";
import * as edge from "./edge.ts";
import * as notification from "./notification.ts";
import * as alert from "./alert.ts";
import type { RecordedEvent } from "./envelope.ts";

export * from "./envelope.ts";
export * from "./catalogue.ts";
export * from "./common.ts";
export * from "./agent.ts";
export * from "./session.ts";
export * from "./operations.ts";
export * from "./edge.ts";
export * from "./notification.ts";
export * from "./alert.ts";

const v1 = <S extends z.ZodType>(schema: S): EventDefinition<S> => ({ schemaVersion: 1, schema });

/** Every event type Switchboard writes. Event type names are `<aggregate>.<pastTense>`. */
export const eventDefinitions = {
  "agent.registered": v1(agent.AgentRegistered),
  "agent.updated": v1(agent.AgentUpdated),
  "agent.heartbeatReceived": v1(agent.AgentHeartbeatReceived),
  "agent.healthChanged": v1(agent.AgentHealthChanged),
  "agent.drained": v1(agent.AgentDrained),
  "agent.deregistered": v1(agent.AgentDeregistered),
  "agent.weightChanged": v1(agent.AgentWeightChanged),
  "agent.undrained": v1(agent.AgentUndrained),
  "agent.maintenanceChanged": v1(agent.AgentMaintenanceChanged),
  "session.opened": v1(session.SessionOpened),
  "session.routed": v1(session.SessionRouted),
  "session.rebound": v1(session.SessionRebound),
  "session.resumed": v1(session.SessionResumed),
  "session.detached": v1(session.SessionDetached),
  "session.trafficReported": v1(session.SessionTrafficReported),
  "session.closed": v1(session.SessionClosed),
  "routing.policyChanged": v1(ops.RoutingPolicyChanged),
  "config.changed": v1(ops.ConfigChanged),
  "alertRule.created": v1(alert.AlertRuleCreated),
  "alertRule.updated": v1(alert.AlertRuleUpdated),
  "alertRule.deleted": v1(alert.AlertRuleDeleted),
  "silence.created": v1(alert.SilenceCreated),
  "silence.deleted": v1(alert.SilenceDeleted),
  "alert.pending": v1(alert.AlertPending),
  "alert.pendingCleared": v1(alert.AlertPendingCleared),
  "alert.valueChanged": v1(alert.AlertValueChanged),
  // v1 was an unused placeholder; v2 carries fingerprint, labels and value.
  "alert.raised": {
    schemaVersion: 2,
    schema: alert.AlertRaised,
    upcasters: { 1: alert.upcastAlertRaisedV1 },
  },
  "alert.resolved": {
    schemaVersion: 2,
    schema: alert.AlertResolved,
    upcasters: { 1: alert.upcastAlertResolvedV1 },
  },
  "alert.acknowledged": v1(alert.AlertAcknowledged),
  "apiKey.issued": v1(ops.ApiKeyIssued),
  "apiKey.revoked": v1(ops.ApiKeyRevoked),
  "edge.figuresReported": v1(edge.EdgeFiguresReported),
  "notificationChannel.created": v1(notification.NotificationChannelCreated),
  "notificationChannel.deleted": v1(notification.NotificationChannelDeleted),
  "notification.attempted": v1(notification.NotificationAttempted),
  "notification.suppressed": v1(notification.NotificationSuppressed),
} as const;

export type EventType = keyof typeof eventDefinitions;
export type EventData<T extends EventType> = z.output<(typeof eventDefinitions)[T]["schema"]>;

/** A domain event as deciders produce it: type and data, discriminated on type. */
export type DomainEvent = { [T in EventType]: { type: T; data: EventData<T> } }[EventType];
/** A domain event as read back from the store. */
export type StoredDomainEvent = { [T in EventType]: RecordedEvent<T, EventData<T>> }[EventType];

export const catalogue = new EventCatalogue(eventDefinitions);
