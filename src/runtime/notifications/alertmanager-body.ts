import type { Transition } from "./book.ts";

/** Alertmanager's "no end yet" (Go's zero time), which receivers expect on firing alerts. */
const ZERO_TIME = "0001-01-01T00:00:00Z";

export interface AlertmanagerAlert {
  status: "firing" | "resolved";
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string;
  generatorURL: string;
  fingerprint: string;
}

/** The Prometheus Alertmanager webhook body, version 4. */
export interface AlertmanagerBody {
  version: "4";
  groupKey: string;
  truncatedAlerts: number;
  status: "firing" | "resolved";
  receiver: string;
  groupLabels: Record<string, string>;
  commonLabels: Record<string, string>;
  commonAnnotations: Record<string, string>;
  externalURL: string;
  alerts: AlertmanagerAlert[];
}

/** The labels a receiver (and a silence) sees: the alert's, with `alertname` and `severity`. */
export function notificationLabels(transition: Transition): Record<string, string> {
  return {
    alertname: transition.ruleName ?? transition.ruleId,
    ...(transition.severity ? { severity: transition.severity } : {}),
    ...transition.labels,
  };
}

/**
 * One alert transition as Alertmanager's webhook would send it, so existing
 * receivers and tooling consume it unchanged. One alert per notification
 * (no grouping): `groupKey` is the rule and the series' fingerprint, stable
 * across retries and nodes. `alertname` and `severity` join the labels as
 * in Prometheus rules.
 */
export function alertmanagerBody(
  transition: Transition,
  receiver: string,
  externalURL: string,
): AlertmanagerBody {
  const labels = notificationLabels(transition);
  const base = externalURL.replace(/\/+$/, "");
  return {
    version: "4",
    groupKey: `{}:{alertname=${
      JSON.stringify(labels.alertname)
    },fingerprint="${transition.fingerprint}"}`,
    truncatedAlerts: 0,
    status: transition.status,
    receiver,
    groupLabels: { alertname: labels.alertname! },
    commonLabels: labels,
    commonAnnotations: transition.annotations,
    externalURL: base,
    alerts: [{
      status: transition.status,
      labels,
      annotations: transition.annotations,
      startsAt: transition.startsAt,
      endsAt: transition.status === "resolved" ? transition.endsAt ?? transition.at : ZERO_TIME,
      generatorURL: `${base}/api/v1/alerts?state=all#${transition.alertId}`,
      fingerprint: transition.fingerprint,
    }],
  };
}
