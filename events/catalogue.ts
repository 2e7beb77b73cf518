import { z } from "zod";
import type { NewEvent, RecordedEvent } from "./envelope.ts";

/** Turns data of schema version n into data of version n+1. */
export type Upcaster = (data: unknown) => unknown;

export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  /** The version new events are written with. */
  schemaVersion: number;
  schema: S;
  /** `upcasters[n]` lifts version n to n+1; every version below the current must have one. */
  upcasters?: Record<number, Upcaster>;
}

export class UnknownEventTypeError extends Error {
  readonly code = "unknown_event_type";
  constructor(readonly eventType: string) {
    super(`unknown event type '${eventType}'`);
    this.name = "UnknownEventTypeError";
  }
}

export class InvalidEventError extends Error {
  readonly code = "invalid_event";
  constructor(readonly eventType: string, readonly issues: string) {
    super(`event '${eventType}' does not match its schema: ${issues}`);
    this.name = "InvalidEventError";
  }
}

/**
 * Whether every string (and key) of a JSON value can be stored: PostgreSQL's
 * jsonb refuses NUL and unpaired UTF-16 surrogates, and an event that
 * cannot be stored must be refused before anything is written.
 */
export function storable(value: unknown): boolean {
  if (typeof value === "string") return value.isWellFormed() && !value.includes("\u0000");
  if (Array.isArray(value)) return value.every(storable);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).every(([k, v]) => storable(k) && storable(v));
  }
  return true;
}

/** One line per zod issue, naming the field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
}

/**
 * The set of event types a store accepts, with their schemas and upcasters.
 * Writers are checked against the current version; readers always get the
 * current version, whatever version the event was stored with.
 */
export class EventCatalogue<
  D extends Record<string, EventDefinition> = Record<string, EventDefinition>,
> {
  constructor(readonly definitions: D) {
    for (const [type, def] of Object.entries(definitions)) {
      for (let v = 1; v < def.schemaVersion; v++) {
        if (!def.upcasters?.[v]) {
          throw new Error(`event '${type}' v${def.schemaVersion} lacks an upcaster from v${v}`);
        }
      }
    }
  }

  has(type: string): boolean {
    return Object.hasOwn(this.definitions, type);
  }

  get types(): string[] {
    return Object.keys(this.definitions);
  }

  private definition(type: string): EventDefinition {
    if (!this.has(type)) throw new UnknownEventTypeError(type);
    return this.definitions[type]!;
  }

  /** Validates an event about to be written; returns it with parsed data and its schema version. */
  prepare(event: NewEvent): NewEvent & { schemaVersion: number } {
    const def = this.definition(event.type);
    const parsed = def.schema.safeParse(event.data);
    if (!parsed.success) throw new InvalidEventError(event.type, describeIssues(parsed.error));
    if (!storable(parsed.data) || !storable(event.metadata ?? {})) {
      throw new InvalidEventError(event.type, "strings may not contain NUL or unpaired surrogates");
    }
    return { ...event, data: parsed.data, schemaVersion: def.schemaVersion };
  }

  /** Brings a stored event up to the current schema version. */
  upcast<E extends RecordedEvent>(event: E): E {
    if (!this.has(event.type)) return event; // unknown types pass through for auditors
    const def = this.definitions[event.type]!;
    if (event.schemaVersion >= def.schemaVersion) return event;
    let data = event.data;
    for (let v = event.schemaVersion; v < def.schemaVersion; v++) data = def.upcasters![v]!(data);
    return { ...event, data, schemaVersion: def.schemaVersion };
  }
}
