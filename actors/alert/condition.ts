import type { AlertOp, AlertRule, Labels } from "../../events/alert.ts";

/** One value of a metric: a series, named by its labels (`{}` for a fleet-wide figure). */
export interface MetricSample {
  labels: Labels;
  value: number;
}

/** Whether `value op threshold` holds. NaN never meets a condition. */
export function meets(op: AlertOp, value: number, threshold: number): boolean {
  if (Number.isNaN(value)) return false;
  switch (op) {
    case ">":
      return value > threshold;
    case ">=":
      return value >= threshold;
    case "<":
      return value < threshold;
    case "<=":
      return value <= threshold;
    case "==":
      return value === threshold;
    case "!=":
      return value !== threshold;
  }
}

/**
 * The samples whose labels carry every selector label with that value; the
 * value `*` asks for the label to be there, whatever its value (for a
 * measured metric, `{agentId: "*"}` is one series per agent).
 */
export function selectSeries(
  samples: readonly MetricSample[],
  selector: Labels | undefined,
): MetricSample[] {
  const wanted = Object.entries(selector ?? {});
  if (wanted.length === 0) return [...samples];
  return samples.filter((s) =>
    wanted.every(([k, v]) => v === "*" ? s.labels[k] !== undefined : s.labels[k] === v)
  );
}

/**
 * An alert's labels: the series' own, then the rule's labels over them, then
 * `alertname` and `severity` (Alertmanager's conventions) over everything.
 */
export function alertLabels(rule: AlertRule, seriesLabels: Labels): Labels {
  return { ...seriesLabels, ...rule.labels, alertname: rule.name, severity: rule.severity };
}

/**
 * Annotations with `{{ $value }}` and `{{ $labels.<name> }}` filled in, the
 * two placeholders Prometheus rules use most; anything else stays as written.
 */
export function expandAnnotations(
  annotations: Labels | undefined,
  labels: Labels,
  value: number,
): Labels {
  const out: Labels = {};
  for (const [key, text] of Object.entries(annotations ?? {})) {
    out[key] = text
      .replaceAll(/\{\{\s*\$value\s*\}\}/g, String(value))
      .replaceAll(/\{\{\s*\$labels\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, n) => labels[n] ?? "");
  }
  return out;
}
