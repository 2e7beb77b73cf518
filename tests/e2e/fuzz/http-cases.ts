/**
 * Malformed HTTP requests for every route of the access table: broken JSON,
 * wrong types field by field, random query strings, strange path ids, wrong
 * methods, odd and huge headers, with valid and invalid credentials.
 *
 * Nothing generated here may disturb the well-formed sessions running beside
 * the fuzz: bodies that could pass validation only ever name the capability
 * `fz-cap` (never `echo`), and path ids are never a live agent's or session's.
 */
import { accessTable, type RouteRule } from "../../../src/api/access.ts";
import { type Rng, type ValuePools } from "./rng.ts";

export interface HttpTokens {
  /** Authorization header values that authenticate, by role. */
  valid: Record<"admin" | "adminKey" | "operator" | "auditor" | "agent" | "client", string>;
  /** Authorization header values (or none) that must not authenticate. */
  invalid: { name: string; header?: string }[];
}

export interface HttpCase {
  kind: string;
  method: string;
  /** Path and query as fetch gets them. */
  target: string;
  headers: [string, string][];
  body?: string | Uint8Array;
  /** The credentials authenticate (a 2xx is possible). */
  authenticated: boolean;
  /** Request head over the front door's 16 KiB limit: 431 or a refused connection. */
  tooLarge: boolean;
  /** Close enough to the limit (fetch adds its own headers) that a 431 is right too. */
  nearLimit: boolean;
}

/** The head as the server counts it, give or take fetch's own headers and the host. */
function headSize(method: string, target: string, headers: [string, string][]): number {
  let n = method.length + target.length + 64;
  for (const [name, value] of headers) n += name.length + value.length + 4;
  return n;
}

const FZ_CAP = "fz-cap";

/** A valid body per body route, mutated so that it is not valid any more. */
function baselines(): Record<string, unknown> {
  return {
    "POST /agents": {
      id: "fz-agent",
      name: "fz",
      host: "127.0.0.1",
      port: 9,
      path: "/",
      agentType: "fz-type",
      capabilities: [FZ_CAP],
      version: "1.0.0",
      weight: 1,
      maxSessions: 10,
      healthEndpoint: "http://127.0.0.1:9/health",
    },
    "POST /agents/:id/heartbeat": { sessions: 1, cpu: 5, queueDepth: 0, latencyMs: 1 },
    "POST /agents/:id/drain": { deadlineSeconds: 10 },
    "PUT /routing": {
      capability: FZ_CAP,
      policy: {
        strategy: "round-robin",
        sticky: true,
        failover: true,
        fallbackCapability: "fz-other",
        retryAfterSeconds: 5,
      },
    },
    "POST /alert-rules": {
      id: "fz-rule",
      name: "fz",
      metric: "sessions",
      op: ">",
      threshold: 1,
      forSeconds: 60,
      severity: "info",
    },
    "PUT /config": {
      config: {
        limits: { frameMaxBytes: 1 << 20, handshakeTimeoutMs: 5000, maxHeaderBytes: 16384 },
        sessions: { resumeGraceSeconds: 30, trafficReportIntervalMs: 10_000 },
      },
      expectedVersion: 0,
    },
    "POST /api-keys": {
      name: "fz",
      roles: ["auditor"],
      capabilities: [FZ_CAP],
      expiresInSeconds: 3600,
    },
  };
}

type Kind = "null" | "array" | "object" | "number" | "string" | "boolean" | "other";
function kindOf(v: unknown): Kind {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  const t = typeof v;
  return t === "object" || t === "number" || t === "string" || t === "boolean" ? t : "other";
}

/** Every path to a value inside `v` (objects and arrays included), root excluded. */
function leafPaths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      out.push([...prefix, i]);
      out.push(...leafPaths(x, [...prefix, i]));
    });
  } else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      out.push([...prefix, k]);
      out.push(...leafPaths(x, [...prefix, k]));
    }
  }
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let at = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
}

function getAt(root: unknown, path: (string | number)[]): unknown {
  let at = root as Record<string | number, unknown>;
  for (const key of path) at = at[key] as Record<string | number, unknown>;
  return at;
}

export class HttpCaseGenerator {
  readonly #base = baselines();
  readonly #rebuildBudget = { left: 3 };
  readonly #specials: unknown[];

  constructor(
    private readonly rng: Rng,
    private readonly pools: ValuePools,
    private readonly tokens: HttpTokens,
  ) {
    this.#specials = [
      null,
      true,
      false,
      0,
      -1,
      -0,
      1.5,
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      "",
      " ",
      "0",
      "true",
      "null",
      "x".repeat(70_000),
      "\u0000",
      "\ud800",
      "🙂".repeat(50),
      [],
      [null],
      Array.from({ length: 5000 }, (_, i) => i),
      {},
      { "__proto__": { polluted: true } },
      { constructor: { prototype: { polluted: true } } },
      JSON.parse("[".repeat(200) + "]".repeat(200)),
    ];
  }

  #jsonValue(): unknown {
    return this.rng.chance(0.3) ? this.rng.pick(this.#specials) : this.rng.pick(this.pools.json);
  }

  /** A value of another JSON type than `original` (so the field cannot validate). */
  #wrongType(original: unknown): unknown {
    const want = kindOf(original);
    for (let tries = 0; tries < 50; tries++) {
      const v = this.#jsonValue();
      if (v !== undefined && kindOf(v) !== want && kindOf(v) !== "other") return v;
    }
    return want === "string" ? 42 : "not-the-right-type";
  }

  #routeKey(r: RouteRule): string {
    return `${r.method} ${r.path}`;
  }

  /** A harmless id (no live agent or session has it). */
  #plainId(): string {
    return `fz-${this.rng.int(0, 1e9).toString(36)}`;
  }

  /** A path id that is anything but well-behaved, percent-encoded for the URL. */
  #strangeId(): string {
    const r = this.rng;
    const raw = r.pick<() => string>([
      () => crypto.randomUUID(),
      () => r.pick(this.pools.unicode) || "é",
      () => "a".repeat(r.int(129, 6000)),
      () => "../".repeat(r.int(1, 8)) + "healthz",
      () => "..%2F..%2Fhealthz",
      () => "%00",
      () => "%ff%fe",
      () => "%",
      () => "%E0%A4%A",
      () => " ",
      () => "a b",
      () => "echo;drop table agents",
      () => "'\"<script>",
      () => "\u202e\u0000\uffff",
      () => r.pick(this.pools.binaryStrings) || "\u0001",
      () => String(r.int(-1e6, 1e6)),
      () => "*",
      () => "{id}",
      () => ":id",
    ])();
    // Some ids go raw (the URL parser decides), most percent-encoded.
    if (r.chance(0.3) && !/[\s%?#]/.test(raw)) return raw;
    try {
      return encodeURIComponent(raw);
    } catch {
      return "%ED%A0%80"; // a lone surrogate, as bytes
    }
  }

  #path(rule: RouteRule, strangeId: boolean): string {
    return "/api/v1" +
      rule.path.replace(/:id/g, () => (strangeId ? this.#strangeId() : this.#plainId()));
  }

  #queryKeys(rule: RouteRule): string[] {
    const schema = rule.query as unknown as { shape?: Record<string, unknown> } | undefined;
    return schema?.shape ? Object.keys(schema.shape) : [];
  }

  #queryValue(): string {
    const r = this.rng;
    return r.pick<() => string>([
      () => String(r.int(-5, 200_000)),
      () => String(r.next() * 1e6),
      () => r.pick(["0", "-0", "1e3", "0x10", "NaN", "Infinity", "-1", "1.5", "", "true", "null"]),
      () => r.pick(["healthy", "suspect", "active", "closed", "fleet", "agent", "capability"]),
      () => r.pick(["10", "60", "5", "2025-01-01T00:00:00Z", "yesterday", "agent.registered"]),
      () => encodeURIComponent(r.pick(this.pools.unicode)),
      () => encodeURIComponent(r.pick(this.pools.ascii)),
      () => "x".repeat(r.int(200, 4000)),
      () => r.pick(["%zz", "%", "%E2%82", "%00", "a%20b", "a+b", "%26%3D", "[]", "a,b,,c"]),
      () => crypto.randomUUID(),
    ])();
  }

  #query(rule: RouteRule): string {
    const r = this.rng;
    const known = this.#queryKeys(rule);
    const pairs: string[] = [];
    for (let i = r.int(0, 6); i > 0; i--) {
      const key = known.length > 0 && r.chance(0.7)
        ? r.pick(known)
        : r.chance(0.5)
        ? encodeURIComponent(r.pick(this.pools.ascii))
        : r.pick(["", "=", "&", "a[b]", "__proto__", "constructor", "limit[]", "type"]);
      pairs.push(r.chance(0.1) ? key : `${key}=${this.#queryValue()}`);
    }
    if (r.chance(0.1)) pairs.push(pairs[0] ?? "a=1"); // duplicate
    const query = pairs.length > 0 || r.chance(0.5)
      ? `?${pairs.join(r.chance(0.1) ? ";" : "&")}`
      : "";
    // No NUL: a NUL in a string parameter reaches the store and fails there (500, or a 200
    // whose body breaks); those inputs are pinned in the "fuzz regressions" test instead.
    return query.replace(/%00/gi, "%01");
  }

  #brokenJson(): string | Uint8Array {
    const r = this.rng;
    const valid = JSON.stringify(this.rng.pick(this.pools.json)) ?? "null";
    return r.pick<() => string | Uint8Array>([
      () => valid.slice(0, r.int(0, Math.max(0, valid.length - 1))) || "{",
      () => r.bytes(r.int(1, 2000)),
      () => r.pick(this.pools.binaryStrings),
      () =>
        r.pick([
          "{",
          "}",
          '{"a":}',
          "{'a':1}",
          "[1,2,",
          "NaN",
          '{"a":1}}',
          '{"a":1,}',
          "\ufeff{}",
          '{"a":01}',
          '{"a":"\\x41"}',
          '{"a":"\\ud800"}',
          "[" + "1e999999".repeat(1) + "]",
          '{"name":' + "9".repeat(5000) + "}",
          '{"__proto__":{"polluted":1}}',
          "undefined",
          "\u0000",
          '{"a":1}\u0000',
          "//comment\n{}",
          '{"a" 1}',
        ]),
      () => "[".repeat(r.int(1000, 50_000)),
      () => "[".repeat(3000) + "]".repeat(3000),
      () => `{"a":"${"\\".repeat(r.int(1, 9))}"}`,
      () => valid + r.pick([",", "]", "}", "x", " {}", "\n{}"]),
      () => valid.replace(/"/g, "'"),
      () => valid.replace(/:/, ""),
    ])();
  }

  /**
   * The route's baseline body with one field (sometimes a few, never one
   * inside another) of another JSON type. Never valid: checked against the
   * route's own schema, so nothing here can register, reconfigure or issue.
   */
  #wrongTypeBody(rule: RouteRule): string {
    const pristine = this.#base[this.#routeKey(rule)] ?? {};
    const paths = leafPaths(pristine);
    const r = this.rng;
    for (let attempt = 0; attempt < 10; attempt++) {
      if (paths.length === 0 || r.chance(0.08)) {
        return JSON.stringify(structuredClone(this.#wrongType(pristine)));
      }
      const base = structuredClone(pristine);
      const chosen: (string | number)[][] = [];
      for (
        let n = r.chance(0.8) ? 1 : r.int(2, 4), tries = 0;
        chosen.length < n && tries < 20;
        tries++
      ) {
        const path = r.pick(paths);
        const related = (a: (string | number)[], b: (string | number)[]) =>
          a.length <= b.length && a.every((k, i) => k === b[i]);
        if (chosen.some((c) => related(c, path) || related(path, c))) continue;
        chosen.push(path);
      }
      for (const path of chosen) {
        setAt(base, path, structuredClone(this.#wrongType(getAt(pristine, path))));
      }
      const text = JSON.stringify(base);
      if (!rule.body?.safeParse(JSON.parse(text)).success) return text;
    }
    return JSON.stringify(structuredClone(this.#wrongType(pristine)));
  }

  #anythingBody(): string {
    const v = this.rng.pick(this.pools.anything);
    let text: string | undefined;
    try {
      text = JSON.stringify(v);
    } catch { /* bigint, cycles */ }
    return text ?? String(v);
  }

  #credentials(rule: RouteRule | undefined): { header?: string; authenticated: boolean } {
    const r = this.rng;
    const v = this.tokens.valid;
    const roll = r.next();
    if (roll < 0.45) {
      let header: string;
      if (rule && rule.roles.length > 0 && r.chance(0.5)) {
        header = v[r.pick(rule.roles) as keyof typeof v] ?? v.admin;
      } else header = r.chance(0.5) ? v.admin : v.adminKey;
      if (rule?.path === "/projections/rebuild") {
        // A rebuild replays the whole log: a few are enough.
        if (this.#rebuildBudget.left <= 0) return { header: v.client, authenticated: true };
        this.#rebuildBudget.left--;
      }
      return { header, authenticated: true };
    }
    if (roll < 0.6) {
      return { header: r.chance(0.5) ? v.client : v.agent, authenticated: true };
    }
    const bad = r.pick(this.tokens.invalid);
    return { ...(bad.header !== undefined ? { header: bad.header } : {}), authenticated: false };
  }

  #randomHeaders(): { headers: [string, string][]; size: number } {
    const r = this.rng;
    const headers: [string, string][] = [];
    let size = 0;
    const add = (name: string, value: string) => {
      headers.push([name, value]);
      size += name.length + value.length + 4;
    };
    switch (r.int(0, 5)) {
      case 0:
        add("x-fuzz", "v".repeat(r.int(17_000, 40_000)));
        break;
      case 1:
        for (let i = r.int(300, 600); i > 0; i--) add(`x-fuzz-${i}`, "y".repeat(60));
        break;
      case 2:
        add("x-fuzz", "v".repeat(r.int(1000, 10_000)));
        break;
      case 3:
        for (let i = r.int(1, 20); i > 0; i--) {
          add(
            `x-${
              encodeURIComponent(r.pick(this.pools.ascii)).replace(/[^A-Za-z0-9-]/g, "") || "a"
            }`,
            r.pick(this.pools.ascii).replace(/[^\x20-\x7e]/g, ""),
          );
        }
        break;
      case 4:
        add("x-switchboard-peer", r.pick(["10.0.0.1", "::1", "' OR 1=1", "x".repeat(500)]));
        add("x-forwarded-for", "1.2.3.4, 5.6.7.8");
        break;
      default:
        add(
          "content-type",
          r.pick([
            "text/plain",
            "application/x-www-form-urlencoded",
            "a/b; charset=nope",
            "application/json; charset=utf-16",
            "multipart/form-data; boundary=x",
            "",
          ]),
        );
        add("accept", r.pick(["*/*", "application/xml", "", "text/event-stream"]));
    }
    return { headers, size };
  }

  next(): HttpCase {
    const r = this.rng;
    const rule = r.pick(accessTable);
    const withBody = accessTable.filter((x) => x.method !== "GET");
    const roll = r.next();
    const headers: [string, string][] = [];
    let kind: string;
    let method: string = rule.method;
    let target = this.#path(rule, false);
    let body: string | Uint8Array | undefined;
    let tooLarge = false;
    let chosen: RouteRule | undefined = rule;

    if (roll < 0.14) {
      kind = "http.body.broken-json";
      chosen = r.pick(withBody);
      method = chosen.method;
      target = this.#path(chosen, false);
      body = this.#brokenJson();
    } else if (roll < 0.38) {
      kind = "http.body.wrong-type";
      chosen = r.pick(withBody.filter((x) => this.#base[this.#routeKey(x)] !== undefined));
      method = chosen.method;
      target = this.#path(chosen, false);
      body = this.#wrongTypeBody(chosen);
    } else if (roll < 0.48) {
      kind = "http.body.anything";
      chosen = r.pick(withBody);
      method = chosen.method;
      target = this.#path(chosen, false);
      body = this.#anythingBody();
    } else if (roll < 0.64) {
      kind = "http.query";
      chosen = r.pick(accessTable.filter((x) => x.method === "GET"));
      method = "GET";
      target = this.#path(chosen, false) + this.#query(chosen);
    } else if (roll < 0.76) {
      kind = "http.path-id";
      chosen = r.pick(accessTable.filter((x) => x.path.includes(":id")));
      method = chosen.method;
      target = this.#path(chosen, true) + (r.chance(0.2) ? this.#query(chosen) : "");
      if (method !== "GET" && method !== "DELETE" && r.chance(0.5)) body = this.#anythingBody();
    } else if (roll < 0.86) {
      kind = "http.method";
      const allowed = accessTable.filter((x) => x.path === rule.path).map((x) => x.method);
      const others = [
        "GET",
        "POST",
        "PUT",
        "DELETE",
        "PATCH",
        "OPTIONS",
        "HEAD",
        "FUZZ",
        "PROPFIND",
      ]
        .filter((m) => !allowed.includes(m as RouteRule["method"]));
      method = r.pick(others);
      chosen = undefined;
      if (method !== "GET" && method !== "HEAD" && r.chance(0.5)) body = this.#anythingBody();
    } else if (roll < 0.95) {
      kind = "http.headers";
      const extra = this.#randomHeaders();
      headers.push(...extra.headers);
      tooLarge = extra.size > 17_000;
      if (extra.size > 11_000 && !tooLarge) headers.splice(0); // stay clear of the boundary
      if (method !== "GET") body = this.#anythingBody();
    } else {
      kind = "http.unknown-path";
      chosen = undefined;
      method = r.pick(["GET", "POST", "DELETE"]);
      target = r.pick([
        `/api/v1/${this.#strangeId()}`,
        `/api/v2/agents`,
        `/api/v1//agents`,
        `/api/v1/agents/`,
        `/api/v1/agents/${this.#plainId()}/${this.#strangeId()}`,
        `/${this.#strangeId()}`,
        `/ws`,
        `/api`,
        `/api/v1`,
        `/metrics/x`,
        `/healthz/${this.#strangeId()}`,
      ]);
    }
    const creds = this.#credentials(chosen);
    if (creds.header !== undefined) headers.push(["authorization", creds.header]);
    if (body !== undefined && !headers.some(([n]) => n === "content-type")) {
      headers.push(["content-type", "application/json"]);
    }
    if (method === "GET" || method === "HEAD") body = undefined;
    // Every part of the head counts: a long query or a 10 KB invalid token can tip it over.
    const head = headSize(method, target, headers);
    tooLarge ||= head > 17_000;
    return {
      kind,
      method,
      target,
      headers,
      ...(body !== undefined ? { body } : {}),
      authenticated: creds.authenticated,
      tooLarge,
      nearLimit: !tooLarge && head > 15_500,
    };
  }
}
