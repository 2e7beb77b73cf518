/**
 * Tests that need PostgreSQL or NATS read DATABASE_URL / NATS_URL. Without
 * them those tests are ignored (with one line saying why), so a newcomer's
 * `deno task test` passes on a bare machine. With REQUIRE_SERVICES=1 (CI) a
 * missing service fails the run instead.
 */
export type Service = "postgres" | "nats";

const envName: Record<Service, string> = { postgres: "DATABASE_URL", nats: "NATS_URL" };
const required = Deno.env.get("REQUIRE_SERVICES") === "1";
const told = new Set<Service>();

export function serviceUrl(service: Service): string | undefined {
  return Deno.env.get(envName[service]) || undefined;
}

/** Whether tests needing `service` should be ignored; says why once per run. */
export function ignoreWithout(...services: Service[]): boolean {
  const missing = services.filter((s) => !serviceUrl(s));
  if (missing.length === 0 || required) return false;
  for (const s of missing) {
    if (told.has(s)) continue;
    told.add(s);
    console.log(`${envName[s]} is not set: tests that need ${s} are ignored`);
  }
  return true;
}

/** The service's URL, or a clear failure when REQUIRE_SERVICES=1 and it is missing. */
export function requireUrl(service: Service): string {
  const url = serviceUrl(service);
  if (!url) throw new Error(`${envName[service]} must be set (REQUIRE_SERVICES=1)`);
  return url;
}

/** A name no other test run uses: for schemas, streams, buckets and subjects. */
export function uniqueName(prefix: string): string {
  const rand = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}_${Deno.pid}_${rand[0]!.toString(36)}${rand[1]!.toString(36)}`.toLowerCase();
}

export { waitFor } from "./time.ts";
