import type { AlertRecord } from "./record.ts";

export interface AlertsTables {
  /** Every alert that was pending or fired, with its history folded in (record.ts). */
  alerts: {
    alert_id: string;
    rule_id: string;
    state: string;
    starts_at: string;
    position: number;
    doc: AlertRecord;
  };
  /** Rules as the log has them, deleted ones kept with `deleted_at`. */
  alert_rules: { rule_id: string; doc: unknown; deleted_at: string | null; position: number };
  silences: { silence_id: string; doc: unknown; deleted_at: string | null; position: number };
}

export function alertsDdl(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.alerts (
      alert_id text PRIMARY KEY,
      rule_id text NOT NULL,
      state text NOT NULL,
      starts_at text NOT NULL,
      position bigint NOT NULL,
      doc jsonb NOT NULL
    )`,
    `CREATE INDEX ON ${schema}.alerts (state, starts_at)`,
    `CREATE TABLE ${schema}.alert_rules (
      rule_id text PRIMARY KEY,
      doc jsonb NOT NULL,
      deleted_at text,
      position bigint NOT NULL
    )`,
    `CREATE TABLE ${schema}.silences (
      silence_id text PRIMARY KEY,
      doc jsonb NOT NULL,
      deleted_at text,
      position bigint NOT NULL
    )`,
  ];
}
