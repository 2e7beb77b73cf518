/**
 * Nothing in logs, errors or the event log contains a token, an API key or a
 * secret in clear. A node logging at debug (everything it logs captured),
 * an in-process agent registering and heart-beating with its token, and a
 * tour of every credential path: the admin API key, an API key issued, used
 * and revoked, JWTs valid, expired, forged and garbage, sessions opened with
 * `access_token` and with the header, a resume, failed resumes, refusals and
 * a token expiring mid-session. Then a grep of the captured logs, every API
 * error body, every close reason, the whole event log (as the auditor reads
 * it) and the data directory's storage for each secret used, and for
 * anything shaped like a JWT or a full `sbk_` key.
 */
import assert from "node:assert/strict";
import { loadConfig } from "../../src/config/config.ts";
import { startNode, type SwitchboardNode } from "../../src/node/start.ts";
import { createLogger } from "../../src/telemetry/log.ts";
import { signToken } from "../../src/auth/jwt.ts";
import type { Role } from "../../src/auth/roles.ts";
import { startEchoAgent } from "../../src/agent/demo-echo.ts";
import type { Agent } from "../../src/agent/types.ts";
import { waitFor } from "../support/time.ts";
import { TestClient } from "../support/ws-client.ts";
import {
  clientClose,
  clientFrame,
  parseAnswer,
  parseFrames,
  RawConn,
  readUntilClosed,
  upgradeHead,
} from "./fuzz/raw.ts";

const JWT_SHAPE = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/;
const FULL_API_KEY = /sbk_[A-Za-z0-9_-]{20,}/;
/** Files in the data directory that hold a secret on purpose (mode 0600). */
const SECRET_FILES = new Set(["admin-api-key", "jwt-secret", "dial-key.pem"]);

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) out.push(...await filesUnder(path));
    else if (entry.isFile) out.push(path);
  }
  return out;
}

Deno.test("secrets: no token, API key, resume token or secret in clear in logs, API errors, close reasons, the event log or the stored data", async () => {
  const captured: string[] = [];
  const saved = {
    error: console.error,
    warn: console.warn,
    log: console.log,
    info: console.info,
    debug: console.debug,
  };
  const capture = (...args: unknown[]) => {
    captured.push(args.map((a) => typeof a === "string" ? a : Deno.inspect(a)).join(" "));
  };
  console.error =
    console.warn =
    console.log =
    console.info =
    console.debug =
      capture;

  const dataDir = await Deno.makeTempDir({ prefix: "switchboard-secrets-" });
  let node: SwitchboardNode | undefined;
  let agent: Agent | undefined;
  const openClients: TestClient[] = [];
  /** Every secret used: none may show up anywhere but where it belongs. */
  const secrets = new Map<string, string>();
  /** What the node said back: error bodies, listings, close reasons. */
  const answers: { where: string; text: string }[] = [];
  let events = "";
  let capturedCopy: string[] = [];
  let keyPrefix = "";
  try {
    const config = loadConfig({
      PORT: "0",
      DATA_DIR: dataDir,
      DEMO_AGENTS: "0",
      LOG_LEVEL: "debug",
    }, []);
    // startTestNode logs at "error" whatever LOG_LEVEL says: start the node here, at debug.
    node = await startNode(config, createLogger(config.logLevel));
    const url = node.url;
    const port = Number(new URL(url).port);
    const jwtSecret = node.jwtSecret!;
    secrets.set("the JWT secret", jwtSecret);
    const token = async (sub: string, roles: Role[], ttl = 600, capabilities?: string[]) => {
      const t = await signToken(jwtSecret, {
        sub,
        roles,
        ...(capabilities ? { capabilities } : {}),
      }, ttl);
      secrets.set(`JWT of ${sub}`, t);
      return t;
    };

    /** An API call; non-2xx bodies are kept for the grep. */
    const call = async (
      path: string,
      init: { method?: string; auth?: string; body?: unknown; keep?: boolean } = {},
    ) => {
      const headers = new Headers();
      if (init.auth !== undefined) headers.set("authorization", init.auth);
      if (init.body !== undefined) headers.set("content-type", "application/json");
      const res = await fetch(`${url}${path}`, {
        method: init.method ?? "GET",
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
      const text = await res.text();
      if (res.status >= 400 || init.keep) {
        answers.push({ where: `${init.method ?? "GET"} ${path} → ${res.status}`, text });
      }
      return { status: res.status, text };
    };

    // The admin API key from the data directory.
    const adminKey = (await Deno.readTextFile(node.adminKeyFile!)).trim();
    secrets.set("the admin API key", adminKey);
    assert.equal((await call("/api/v1/agents", { auth: `Bearer ${adminKey}` })).status, 200);

    // An API key issued, used, listed, revoked and used again.
    const issued = await call("/api/v1/api-keys", {
      method: "POST",
      auth: `Bearer ${adminKey}`,
      body: { name: "secrets-operator", roles: ["operator", "auditor"] },
    });
    assert.equal(issued.status, 201, issued.text);
    const opKey = JSON.parse(issued.text) as { id: string; key: string; prefix: string };
    secrets.set("an issued API key", opKey.key);
    keyPrefix = opKey.prefix;
    assert.equal((await call("/api/v1/agents", { auth: `Bearer ${opKey.key}` })).status, 200);
    await call("/api/v1/api-keys", { auth: `Bearer ${adminKey}`, keep: true });
    assert.equal(
      (await call(`/api/v1/api-keys/${opKey.id}`, { method: "DELETE", auth: `Bearer ${adminKey}` }))
        .status,
      200,
    );
    assert.equal((await call("/api/v1/agents", { auth: `Bearer ${opKey.key}` })).status, 401);
    // A client API key for /ws, revoked later.
    const clientKeyIssued = await call("/api/v1/api-keys", {
      method: "POST",
      auth: `Bearer ${adminKey}`,
      body: { name: "secrets-client", roles: ["client"] },
    });
    const clientKey = JSON.parse(clientKeyIssued.text) as { id: string; key: string };
    secrets.set("a client API key", clientKey.key);

    // JWTs: valid, expired, forged, garbage, misplaced, and the secret itself as a token.
    const admin = await token("sec-admin", ["admin"]);
    const auditor = await token("sec-auditor", ["auditor"]);
    const client = await token("sec-client", ["client"]);
    // A fresh JWT for the same client (a resume must come from the identity that opened it).
    const client2 = await token("sec-client", ["client"], 1200);
    const expired = await token("sec-expired", ["admin"], -3600);
    const forged = await signToken("f".repeat(40), { sub: "sec-forged", roles: ["admin"] }, 600);
    secrets.set("a forged JWT", forged);
    const [h, , s] = admin.split(".");
    const tampered = `${h}.${btoa(JSON.stringify({ sub: "x", roles: ["admin"], exp: 4e9 }))}.${s}`;
    secrets.set("a tampered JWT", tampered);
    const agentToken = await token("sec-agent", ["agent"]);
    const otherAgentToken = await token("sec-other-agent", ["agent"]);
    assert.equal((await call("/api/v1/agents", { auth: `Bearer ${admin}` })).status, 200);
    for (
      const bad of [expired, forged, tampered, "not.a.jwt", jwtSecret, `sbk_${"x".repeat(43)}`]
    ) {
      assert.equal((await call("/api/v1/agents", { auth: `Bearer ${bad}` })).status, 401);
    }
    assert.equal((await call("/api/v1/agents", { auth: `Token ${admin}` })).status, 401);
    assert.equal((await call(`/api/v1/agents?access_token=${admin}`)).status, 401);
    assert.equal((await call("/api/v1/events", { auth: `Bearer ${client}` })).status, 403);
    assert.equal(
      (await call("/api/v1/api-keys", {
        method: "POST",
        auth: `Bearer ${admin}`,
        body: { name: admin },
      }))
        .status,
      400,
    );

    // An agent that registers and heartbeats with its token.
    let beats = 0;
    agent = await startEchoAgent({
      load: () => (beats++, {}),
      port: 0,
      id: "sec-agent",
      name: "sec-agent",
      switchboardUrl: url,
      token: agentToken,
      heartbeatIntervalMs: 200,
      drainTimeoutMs: 500,
    });
    await agent.registered;
    // A heartbeat goes out once the one before it is answered: four begun, three done.
    await waitFor(() => beats >= 4, "a few heartbeats");
    assert.equal(
      (await call("/api/v1/agents/sec-agent/heartbeat", {
        method: "POST",
        auth: `Bearer ${agentToken}`,
        body: { sessions: 0, cpu: 1 },
      })).status,
      200,
    );
    assert.equal(
      (await call("/api/v1/agents/sec-agent/heartbeat", {
        method: "POST",
        auth: `Bearer ${otherAgentToken}`,
        body: {},
      })).status,
      403,
    );
    assert.equal(
      (await call("/api/v1/agents/sec-agent/heartbeat", {
        method: "POST",
        auth: `Bearer ${expired}`,
        body: {},
      })).status,
      401,
    );

    // An agent whose token has expired: its SDK logs the refusals, never the token.
    const expiredAgentToken = await token("sec-stale-agent", ["agent"], -3600);
    const stale = await startEchoAgent({
      port: 0,
      id: "sec-stale-agent",
      name: "sec-stale-agent",
      switchboardUrl: url,
      token: expiredAgentToken,
      registerBackoff: { initialMs: 50, maxMs: 100 },
      drainTimeoutMs: 100,
    });
    await waitFor(
      () => captured.some((line) => line.includes("sec-stale-agent") && /fail/.test(line)),
      "the stale agent's refused registration in the log",
    );
    await stale.stop();
    assert.ok(
      captured.some((line) => line.includes("sec-stale-agent") && /fail/.test(line)),
      "the stale agent logged its failed registration",
    );

    const ws = (query: string) => `${url.replace("http", "ws")}/ws?${query}`;
    const resumeTokens: string[] = [];
    const opened = async (c: TestClient, what: string) => {
      const frame = await c.opened;
      assert.ok(frame.resumeToken, what);
      resumeTokens.push(frame.resumeToken);
      secrets.set(`resume token (${what})`, frame.resumeToken);
      return frame;
    };
    const refused = async (query: string, code: number) => {
      const c = new TestClient(ws(query));
      const event = await c.closed;
      answers.push({ where: `close ${event.code} for ${query.slice(0, 40)}`, text: event.reason });
      assert.equal(event.code, code, `${query.slice(0, 60)}: ${event.reason}`);
    };

    // A session over raw TCP with access_token in the query, dropped without a close: resumable.
    const raw = await RawConn.open(port, 10_000);
    let first: { sessionId: string; resumeToken: string };
    try {
      await raw.write(upgradeHead(`/ws?capability=echo&access_token=${client}`));
      await raw.until(() => {
        const a = parseAnswer(raw.bytes);
        return a !== null && parseFrames(raw.bytes, a.headLength).length > 0;
      });
      const from = parseAnswer(raw.bytes)!.headLength;
      first = JSON.parse(new TextDecoder().decode(parseFrames(raw.bytes, from)[0]!.payload));
      secrets.set("resume token (first session)", first.resumeToken);
      await raw.write(clientFrame(1, new TextEncoder().encode("hello")));
      await raw.until(() => parseFrames(raw.bytes, from).length >= 2);
    } finally {
      await raw.finish();
    }

    // Resume it with the resume token (a fresh JWT in the query) once the edge has detached it.
    await waitFor(async () => {
      const res = await call(`/api/v1/sessions/${first.sessionId}`, { auth: `Bearer ${admin}` });
      return JSON.parse(res.text).status === "detached";
    }, "the dropped session to be detached");
    const resumed = new TestClient(
      ws(`session=${first.sessionId}&resume_token=${first.resumeToken}&access_token=${client2}`),
    );
    openClients.push(resumed);
    const second = await opened(resumed, "resumed");
    resumed.ws.send("again");
    await resumed.until(() => resumed.frames.length === 1, "echo after resume");
    await resumed.close();
    // The first token is stale once the client used the one its resume handed out.
    const movedOn = new TestClient(
      ws(`session=${first.sessionId}&resume_token=${second.resumeToken}&access_token=${client2}`),
    );
    openClients.push(movedOn);
    await opened(movedOn, "moved on");
    await movedOn.close();

    // Stale and wrong resume tokens.
    await refused(
      `session=${first.sessionId}&resume_token=${first.resumeToken}&access_token=${client2}`,
      4004,
    );
    await refused(
      `session=${first.sessionId}&resume_token=${"w".repeat(43)}&access_token=${client2}`,
      4004,
    );

    // The token in the Authorization header (raw: browsers cannot), then a normal close.
    const headerSession = await RawConn.open(port, 10_000);
    try {
      await headerSession.write(
        upgradeHead("/ws?capability=echo", [`authorization: Bearer ${client}`]),
      );
      await headerSession.until(() => {
        const a = parseAnswer(headerSession.bytes);
        return a !== null && parseFrames(headerSession.bytes, a.headLength).length > 0;
      });
      const from = parseAnswer(headerSession.bytes)!.headLength;
      const frame = JSON.parse(
        new TextDecoder().decode(parseFrames(headerSession.bytes, from)[0]!.payload),
      );
      secrets.set("resume token (header session)", frame.resumeToken);
      await headerSession.write(clientClose(1000));
      const { close } = await readUntilClosed(headerSession, from);
      assert.equal(close?.code, 1000);
    } finally {
      await headerSession.finish();
    }

    // A client API key on /ws, then revoked.
    const keySession = new TestClient(ws(`capability=echo&access_token=${clientKey.key}`));
    openClients.push(keySession);
    await opened(keySession, "API-key session");
    await keySession.close();
    await call(`/api/v1/api-keys/${clientKey.id}`, {
      method: "DELETE",
      auth: `Bearer ${adminKey}`,
    });
    await refused(`capability=echo&access_token=${clientKey.key}`, 4001);

    // Refusals: every way a token can be wrong.
    await refused(`capability=echo&access_token=${expired}`, 4001);
    await refused(`capability=echo&access_token=${forged}`, 4001);
    await refused(`capability=echo&access_token=${tampered}`, 4001);
    await refused(`capability=echo&access_token=${jwtSecret}`, 4001);
    await refused(`capability=echo&access_token=${opKey.key}`, 4001);
    await refused(`capability=echo&access_token=${agentToken}`, 4003);
    await refused(`capability=echo&access_token=garbage`, 4001);
    await refused("capability=echo", 4001);
    await refused(`capability=nope&access_token=${client}`, 4013);
    await refused(`capability=BAD!&access_token=${client}`, 4400);
    const capped = await token("sec-capped", ["client"], 600, ["other"]);
    await refused(`capability=echo&access_token=${capped}`, 4003);

    // A token that expires while its session is open: 4001, and the reason must not carry it.
    const shortLived = await token("sec-short", ["client"], 2);
    const expiring = new TestClient(ws(`capability=echo&access_token=${shortLived}`));
    openClients.push(expiring);
    await opened(expiring, "expiring session");
    const expiry = await expiring.closed;
    answers.push({ where: `close ${expiry.code} at token expiry`, text: expiry.reason });
    assert.equal(expiry.code, 4001);

    // Read models an operator sees.
    for (
      const path of ["/api/v1/agents", "/api/v1/sessions", "/api/v1/config", "/api/v1/api-keys"]
    ) {
      await call(path, { auth: `Bearer ${admin}`, keep: true });
    }

    // The whole event log, as the auditor reads it.
    const log = await fetch(`${url}/api/v1/events?limit=100000`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    assert.equal(log.status, 200);
    events = await log.text();

    await agent.stop();
    agent = undefined;
  } finally {
    for (const c of openClients) await c.close().catch(() => {});
    await agent?.stop().catch(() => {});
    await node?.stop();
    capturedCopy = [...captured];
    Object.assign(console, saved);
  }

  try {
    // The grep. First: the haystacks are not empty, so a pass means something.
    const logText = capturedCopy.join("\n");
    assert.ok(capturedCopy.length > 5, `only ${capturedCopy.length} log lines captured`);
    assert.match(logText, / debug /, "debug lines were logged");
    const lines = events.trim().split("\n").filter((l) => l !== "");
    assert.ok(lines.length > 20, `${lines.length} events`);
    const types = new Set(lines.map((l) => (JSON.parse(l) as { type: string }).type));
    for (const type of ["apiKey.issued", "apiKey.revoked", "agent.registered", "session.opened"]) {
      assert.ok(types.has(type), `the event log has ${type}`);
    }

    const storage: { where: string; text: string }[] = [];
    const latin1 = new TextDecoder("latin1");
    for (const file of await filesUnder(dataDir)) {
      const name = file.slice(file.lastIndexOf("/") + 1);
      if (SECRET_FILES.has(name)) continue;
      storage.push({
        where: `data file ${file.slice(dataDir.length)}`,
        text: latin1.decode(await Deno.readFile(file)),
      });
    }
    assert.ok(storage.length > 0, "the data directory holds the store");

    const haystacks = [
      { where: "captured logs", text: logText },
      { where: "the event log", text: events },
      ...answers,
      ...storage,
    ];
    const leaks: string[] = [];
    for (const hay of haystacks) {
      for (const [what, secret] of secrets) {
        if (secret.length >= 16 && hay.text.includes(secret)) leaks.push(`${what} in ${hay.where}`);
      }
      if (!hay.where.startsWith("data file")) {
        const jwt = JWT_SHAPE.exec(hay.text);
        if (jwt) leaks.push(`a JWT (${jwt[0].slice(0, 20)}…) in ${hay.where}`);
        const key = FULL_API_KEY.exec(hay.text);
        if (key) leaks.push(`an API key (${key[0].slice(0, 10)}…) in ${hay.where}`);
        if (hay.text.includes("PRIVATE KEY")) leaks.push(`a private key in ${hay.where}`);
      }
    }
    console.log(
      `grepped ${secrets.size} secrets and the JWT/sbk_ shapes in ${capturedCopy.length} log lines, ` +
        `${answers.length} API answers and close reasons, ${lines.length} events, ` +
        `${storage.length} data files`,
    );
    assert.deepEqual(leaks, [], leaks.join("\n"));
    // Prefixes are fine and show the log still says which key was used.
    assert.ok(
      keyPrefix.length > 4 && events.includes(keyPrefix),
      "the event log keeps the key prefix",
    );

    // Secrets at rest: the admin key (and the JWT secret, the dial key) readable by the owner only.
    for (const name of SECRET_FILES) {
      const stat = await Deno.stat(`${dataDir}/${name}`).catch(() => undefined);
      if (name === "admin-api-key") assert.ok(stat, "the admin-api-key file exists");
      if (stat) {
        assert.equal(
          (stat.mode ?? 0) & 0o777,
          0o600,
          `${name} mode ${(stat.mode ?? 0).toString(8)}`,
        );
      }
    }
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});
