/** Sends one generated HTTP case with fetch and judges the answer. */
import type { HttpCase } from "./http-cases.ts";
import type { TcpOutcome } from "./tcp-cases.ts";
import { show } from "./runner.ts";

/** Paths anyone may read without credentials. */
const PUBLIC = new Set(["/healthz", "/readyz", "/metrics", "/api/v1/openapi.json"]);

/**
 * `fresh` is an HTTP client without a connection pool: a head over the limit
 * goes on a new connection, where the front door reads it (on a kept-alive
 * connection later heads are not the front door's to read, see the report).
 */
export async function runHttpCase(
  base: string,
  c: HttpCase,
  fresh: Deno.HttpClient,
): Promise<TcpOutcome> {
  const url = new URL(base + c.target);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 15_000);
  let status: number;
  let text = "";
  let contentType = "";
  try {
    const res = await fetch(url, {
      method: c.method,
      headers: c.headers,
      ...(c.body !== undefined ? { body: c.body as BodyInit } : {}),
      signal: abort.signal,
      ...(c.tooLarge || c.nearLimit ? { client: fresh } : {}),
    });
    status = res.status;
    contentType = res.headers.get("content-type") ?? "";
    // A live feed (server-sent events, a followed log) never ends: its head is the answer.
    if (status === 200 && /event-stream|ndjson/.test(contentType) && isFollowed(url)) {
      await res.body?.cancel();
    } else text = await res.text();
  } catch (e) {
    if (c.tooLarge || c.nearLimit) return { what: "connection refused" };
    return {
      what: "fetch error",
      failure: `${c.method} ${show(c.target, 120)}: ${(e as Error).message}`,
    };
  } finally {
    clearTimeout(timer);
  }
  const what = `${status}`;
  const where = `${c.method} ${show(c.target, 120)} body ${show(c.body ?? "", 80)}`;
  if (status >= 500) return { what, failure: `${where}: ${status} ${show(text, 200)}` };
  if (c.tooLarge && status !== 431) {
    return { what, failure: `${where}: a head over 16 KiB got ${status}, not 431` };
  }
  if (c.tooLarge || (c.nearLimit && status === 431)) return { what };
  const path = url.pathname;
  if (!c.authenticated && path.startsWith("/api/v1/") && !PUBLIC.has(path)) {
    if (status !== 401 && status !== 429) {
      return { what, failure: `${where}: without valid credentials got ${status}` };
    }
  }
  if (status >= 400 && c.method !== "HEAD") {
    let ok = false;
    try {
      const e = JSON.parse(text)?.error;
      ok = typeof e?.code === "string" && e.code !== "" && typeof e?.message === "string";
    } catch { /* not JSON */ }
    if (!ok) {
      return { what, failure: `${where}: ${status} body is not the error shape: ${show(text)}` };
    }
    if (!contentType.includes("json")) {
      return { what, failure: `${where}: ${status} with content-type ${contentType}` };
    }
  }
  return { what };
}

/** Routes whose 200 is a stream that stays open. */
function isFollowed(url: URL): boolean {
  return url.pathname.endsWith("/stream") || url.searchParams.get("follow") === "true";
}
