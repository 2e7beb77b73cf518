/**
 * The UI's only way to the node: same-origin fetches under /api/v1 that
 * carry the HttpOnly sign-in cookie by themselves. The CSRF token lives in
 * this module's memory only (GET /me gives it back after a reload).
 */
let csrfToken: string | undefined;
let onSignedOut: () => void = () => {};

export interface Identity {
  sub: string;
  roles: string[];
  via: string;
  expiresAt?: string;
}

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export function whenSignedOut(callback: () => void): void {
  onSignedOut = callback;
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export async function request(
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-switchboard-csrf"] = csrfToken;
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: "same-origin",
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) {
    let code = "http_error";
    let message = `${res.status} ${res.statusText}`;
    try {
      const parsed = await res.json();
      code = parsed?.error?.code ?? code;
      message = parsed?.error?.message ?? message;
    } catch { /* not JSON */ }
    if (res.status === 401 && path !== "/login") onSignedOut();
    throw new ApiFailure(res.status, code, message);
  }
  return res;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await request(method, path, body);
  return await res.json() as T;
}

export const get = <T>(path: string, query?: Query) => api<T>("GET", withQuery(path, query));

/** NDJSON endpoints (GET /events): one parsed object per line. */
export async function getLines<T>(path: string, query?: Query): Promise<T[]> {
  const res = await request("GET", withQuery(path, query));
  const text = await res.text();
  return text.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as T);
}

export async function signIn(credential: string): Promise<Identity> {
  const reply = await api<{ identity: Identity; csrfToken: string }>("POST", "/login", {
    credential,
  });
  csrfToken = reply.csrfToken;
  return reply.identity;
}

/** Who the cookie signs in as, or undefined when it does not (GET /login answers 200 either way). */
export async function whoAmI(): Promise<Identity | undefined> {
  const reply = await api<{ identity: Identity | null; csrfToken?: string }>("GET", "/login");
  csrfToken = reply.csrfToken;
  return reply.identity ?? undefined;
}

let routes: Set<string> | undefined;

/**
 * The routes this node serves ("GET /nodes"), from its OpenAPI document:
 * views offer what the node has (nodes, alerts, dry runs) and ask for
 * nothing it would answer 404.
 */
export async function loadRoutes(): Promise<Set<string>> {
  if (routes) return routes;
  const res = await fetch("/api/v1/openapi.json", { credentials: "same-origin" });
  const doc = await res.json() as { paths: Record<string, Record<string, unknown>> };
  routes = new Set(
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/^\/api\/v1/, "")}`)
    ),
  );
  return routes;
}

export function hasRoute(route: string): boolean {
  return routes?.has(route) ?? false;
}

export async function signOut(): Promise<void> {
  await request("POST", "/logout");
  csrfToken = undefined;
}
