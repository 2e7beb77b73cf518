/**
 * The client WebSocket under fuzz: bad query strings on /ws (random and
 * duplicate parameters, invalid capability names, huge values, tokens in the
 * header or the query), and frames after the upgrade: garbage at refused
 * upgrades, and random but protocol-valid frames split at random byte
 * boundaries on real echo sessions, oversize declarations and truncations.
 *
 * Garbage frames (invalid opcodes, RSV bits, bad UTF-8, oversize control
 * frames) are only ever sent where no agent would receive them: a client's
 * protocol error relayed to an agent gets that agent ejected (see the
 * report of tests/e2e/fuzz_test.ts), which would break the sessions
 * running beside the fuzz.
 */
import { parseWsQuery } from "../../../src/edge/ws-query.ts";
import { EdgeRefusal } from "../../../src/edge/close-codes.ts";
import {
  clientClose,
  clientFrame,
  concat,
  messagesOf,
  parseAnswer,
  parseFrames,
  RawConn,
  readUntilClosed,
  upgradeHead,
} from "./raw.ts";
import type { Rng, ValuePools } from "./rng.ts";
import { CONTRACT_CLOSE_CODES, type TcpOutcome } from "./tcp-cases.ts";

const encoder = new TextEncoder();

/** Tokens the /ws fuzz uses, by what the edge must make of them. */
export interface WsTokens {
  /** Role client (or admin): may open sessions. */
  client: string[];
  /** Role client, `capabilities: ["fz-cap"]`: may not reach echo. */
  clientFzOnly: string;
  /** Valid, but without role client. */
  noClient: string[];
  /** Do not authenticate. */
  invalid: string[];
}

type Prediction = number | "open" | "http400" | "http431";

export interface WsQueryCase {
  kind: string;
  /** Query as it goes on the wire (after the "?"). */
  query: string;
  authorization?: string;
  predicted: Prediction;
  control: boolean;
}

/** Percent-encodes what would break the request line (space, controls, non-latin1). */
function wire(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f-\u{10ffff}#]/gu, (c) => encode(c));
}

function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%EF%BF%BD"; // a lone surrogate: U+FFFD
  }
}

export class WsCaseGenerator {
  constructor(
    private readonly rng: Rng,
    private readonly pools: ValuePools,
    private readonly tokens: WsTokens,
  ) {}

  #capability(): string {
    const r = this.rng;
    return r.pick<() => string>([
      () => "echo",
      () => "echo",
      () => "echo",
      () => "fz-none",
      () =>
        r.pick(["ECHO", "Echo", "echo!", "", " echo", "echo ", "-echo", ".", "echo/x", "../echo"]),
      () => "e".repeat(r.int(64, 400)),
      () => r.pick(this.pools.unicode),
      () => r.pick(this.pools.ascii),
      () => "echo\u0000",
      () => r.pick(["echo%00", "%65cho", "echo%", "%zz", "echo+echo", "echo,echo"]),
    ])();
  }

  #token(): string {
    const r = this.rng;
    const t = this.tokens;
    const roll = r.next();
    if (roll < 0.45) return r.pick(t.client);
    if (roll < 0.55) return t.clientFzOnly;
    if (roll < 0.65) return r.pick(t.noClient);
    return r.pick(t.invalid);
  }

  /** A (key, value) list, values not yet encoded. */
  #pairs(): [string, string | undefined][] {
    const r = this.rng;
    const pairs: [string, string | undefined][] = [];
    if (r.chance(0.75)) pairs.push(["capability", this.#capability()]);
    if (r.chance(0.2)) {
      pairs.push([
        "agent_type",
        r.pick(["echo", "fz-none", "", "t".repeat(r.int(90, 300)), r.pick(this.pools.unicode)]),
      ]);
    }
    if (r.chance(0.12)) {
      pairs.push([
        "session",
        r.pick([crypto.randomUUID(), "bad id!", "", "s".repeat(200), r.pick(this.pools.ascii)]),
      ]);
      if (r.chance(0.8)) {
        pairs.push([
          "resume_token",
          r.pick([
            "",
            "short",
            "r".repeat(r.int(16, 60)),
            "r".repeat(r.int(200, 400)),
            crypto.randomUUID(),
          ]),
        ]);
      }
    } else if (r.chance(0.05)) {
      pairs.push(["resume_token", "r".repeat(30)]);
    }
    if (r.chance(0.2)) {
      pairs.push([
        "control",
        r.pick(["none", "frames", "NONE", "", "all", r.pick(this.pools.ascii)]),
      ]);
    }
    for (let i = r.chance(0.3) ? r.int(1, 4) : 0; i > 0; i--) {
      pairs.push([
        r.pick([
          r.pick(this.pools.ascii),
          r.pick(this.pools.unicode),
          "__proto__",
          "constructor",
          "x".repeat(300),
          "",
        ]),
        r.chance(0.2) ? undefined : r.pick([
          r.pick(this.pools.unicode),
          r.pick(this.pools.ascii),
          "v".repeat(r.int(1, 3000)),
        ]),
      ]);
    }
    if (r.chance(0.1) && pairs.length > 0) pairs.push(r.pick(pairs)); // a duplicate
    if (r.chance(0.05)) pairs.push(["capability", "echo"]);
    // Shuffle.
    for (let i = pairs.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
    }
    return pairs;
  }

  next(): WsQueryCase {
    const r = this.rng;
    const pairs = this.#pairs();
    let authorization: string | undefined;
    const tokenPlace = r.next();
    if (tokenPlace < 0.5) pairs.push(["access_token", this.#token()]);
    else if (tokenPlace < 0.85) {
      authorization = r.pick([
        `Bearer ${this.#token()}`,
        `bearer ${this.#token()}`,
        `Bearer  ${this.#token()}`,
        `Basic ${btoa("a:b")}`,
        "Bearer",
        `Bearer ${this.#token()} extra`,
      ]);
      if (r.chance(0.2)) pairs.push(["access_token", this.#token()]);
    }
    if (r.chance(0.03)) pairs.push(["access_token", "t".repeat(r.int(8200, 12_000))]);
    const raw = r.chance(0.15);
    const query = pairs.map(([k, v]) => {
      const key = raw ? wire(k) : encode(k);
      if (v === undefined) return key;
      return `${key}=${raw ? wire(v) : encode(v)}`;
    }).join(r.chance(0.05) ? "&&" : "&");
    let predicted = predict(query, authorization, this.tokens);
    const headBytes = query.length + (authorization?.length ?? 0) + 200;
    if (headBytes > 16_384) predicted = "http431";
    const control = !/(^|&)control=none(&|$)/.test(query);
    return {
      kind: "ws.query",
      query,
      ...(authorization !== undefined ? { authorization } : {}),
      predicted,
      control,
    };
  }
}

/** What the edge must answer, from the query parser itself and the contract's rules after it. */
export function predict(
  query: string,
  authorization: string | undefined,
  tokens: WsTokens,
): Prediction {
  let q;
  try {
    q = parseWsQuery(new URLSearchParams(query));
  } catch (e) {
    if (e instanceof EdgeRefusal) return e.closeCode;
    throw e;
  }
  const token = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] : q.access_token;
  if (!token || tokens.invalid.includes(token)) return 4001;
  if (tokens.noClient.includes(token)) return 4003;
  if (q.session !== undefined) return 4004;
  if (token === tokens.clientFzOnly && q.capability !== undefined && q.capability !== "fz-cap") {
    return 4003;
  }
  const capOk = q.capability === undefined || q.capability === "echo";
  const typeOk = q.agent_type === undefined || q.agent_type === "echo";
  return capOk && typeOk ? "open" : 4013;
}

function describe(p: Prediction): string {
  return typeof p === "number" ? `close ${p}` : p;
}

/** Runs a query case over a raw connection; an opened session is closed with 1000. */
export async function runWsQueryCase(port: number, c: WsQueryCase): Promise<TcpOutcome> {
  const raw = await RawConn.open(port, 6000);
  try {
    const extra = c.authorization !== undefined ? [`authorization: ${c.authorization}`] : [];
    await raw.write(upgradeHead(`/ws?${c.query}`, extra));
    await raw.until(() => parseAnswer(raw.bytes) !== null);
    const answer = parseAnswer(raw.bytes);
    const expected = describe(c.predicted);
    if (!answer) {
      if (c.predicted === "http431" && raw.ended !== "timeout") {
        return { what: `dropped (${raw.ended})` };
      }
      return {
        what: `no answer (${raw.ended})`,
        failure: `query ${c.query.slice(0, 200)}: no answer (${raw.ended}); expected ${expected}`,
      };
    }
    if (answer.status !== 101) {
      const what = `${answer.status}`;
      const ok = (c.predicted === "http431" && answer.status === 431) ||
        (c.predicted === "http400" && answer.status === 400);
      return ok ? { what } : {
        what,
        failure: `query ${c.query.slice(0, 200)}: HTTP ${answer.status}; expected ${expected}`,
      };
    }
    const from = answer.headLength;
    if (c.predicted === "open") {
      // Opened: session.opened (or, with control=none, an echo of a probe frame), then a normal close.
      if (!c.control) await raw.write(clientFrame(1, encoder.encode("probe")));
      await raw.until(() =>
        parseFrames(raw.bytes, from).some((f) => f.opcode === 1 || f.opcode === 8)
      );
      const first = parseFrames(raw.bytes, from)[0];
      if (first?.opcode === 8) {
        const { close } = await readUntilClosed(raw, from);
        if (close?.code === 4008) return { what: "close 4008" };
        return {
          what: `close ${close?.code}`,
          failure: `query ${
            c.query.slice(0, 200)
          }: expected a session, got close ${close?.code} ${close?.reason}`,
        };
      }
      const text = first ? new TextDecoder().decode(first.payload) : "";
      const good = c.control ? text.startsWith('{"type":"session.opened"') : text === "probe";
      await raw.write(clientClose(1000));
      const { close } = await readUntilClosed(raw, from);
      if (!good) {
        return {
          what: "opened?",
          failure: `query ${c.query.slice(0, 200)}: first frame ${text.slice(0, 80)}`,
        };
      }
      if (close?.code !== 1000) {
        return {
          what: `opened, close ${close?.code}`,
          failure: `opened session closed with ${close?.code} (${close?.reason})`,
        };
      }
      return { what: "opened" };
    }
    const { close } = await readUntilClosed(raw, from);
    if (!close) {
      return {
        what: `101, no close (${raw.ended})`,
        failure: `query ${c.query.slice(0, 200)}: 101 without a close frame; expected ${expected}`,
      };
    }
    const what = `close ${close.code}`;
    if (close.code === 4008) return { what };
    if (close.code !== c.predicted) {
      return {
        what,
        failure: `query ${c.query.slice(0, 300)} auth ${
          c.authorization?.slice(0, 40)
        }: close ${close.code} (${close.reason}); expected ${expected}`,
      };
    }
    if (close.reason.trim() === "") {
      return { what, failure: `close ${close.code} without a reason` };
    }
    if (raw.ended === "timeout") return { what, failure: "refused connection left open" };
    return { what };
  } finally {
    await raw.finish();
  }
}

/** The WebSocket class (what browsers use) with a query from the generator. */
export async function runWsClassCase(
  baseUrl: string,
  c: WsQueryCase,
  tokens: WsTokens,
): Promise<TcpOutcome> {
  const url = `${baseUrl.replace("http", "ws")}/ws?${c.query}`;
  let ws: WebSocket;
  try {
    ws = new WebSocket(url);
  } catch (e) {
    return { what: `client refused the URL (${(e as Error).name})` };
  }
  // The URL parser may re-encode the query: judge what was actually sent.
  const sent = new URL(url).search.slice(1);
  const predicted = predict(sent, undefined, tokens);
  const closed = new Promise<CloseEvent>((resolve) => ws.addEventListener("close", resolve));
  ws.addEventListener("error", () => {});
  let opened = false;
  ws.addEventListener("message", (e) => {
    if (typeof e.data === "string" && e.data.startsWith('{"type":"session.opened"')) {
      opened = true;
      ws.close(1000, "fuzz done");
    }
  });
  ws.addEventListener("open", () => {
    if (!c.control) {
      opened = true;
      ws.close(1000, "fuzz done");
    }
  });
  const timer = setTimeout(() => ws.close(), 6000);
  const event = await closed;
  clearTimeout(timer);
  const what = opened && predicted === "open"
    ? `opened, close ${event.code}`
    : `close ${event.code}`;
  if (event.code === 4008) return { what };
  if (predicted === "open") {
    return opened ? { what: "opened" } : {
      what,
      failure: `WebSocket ${
        sent.slice(0, 200)
      }: expected a session, got ${event.code} ${event.reason}`,
    };
  }
  if (event.code !== predicted) {
    return {
      what,
      failure: `WebSocket ${sent.slice(0, 200)}: close ${event.code} (${event.reason}); expected ${
        describe(predicted)
      }`,
    };
  }
  if (event.reason.trim() === "") return { what, failure: `close ${event.code} without a reason` };
  return { what };
}

// ---- frames after the upgrade ---------------------------------------------

export interface FrameCase {
  kind: string;
  target: string;
  authorization?: string;
  /** Bytes sent after the head; `withHead` sends them in the same write as the head. */
  bytes: Uint8Array;
  withHead: boolean;
  /** Data messages the bytes carry, to be echoed back in order (echo sessions only). */
  messages?: (string | Uint8Array)[];
  /** Close codes acceptable as the end. */
  expectClose: Set<number> | "eof";
}

function randomText(rng: Rng, pools: ValuePools): string {
  return rng.pick<() => string>([
    () => rng.pick(pools.unicode),
    () => rng.pick(pools.ascii),
    () => "",
    () => "é".repeat(rng.int(1, 3000)),
    () => rng.pick(pools.unicode).repeat(rng.int(1, 200)),
  ])();
}

/** A valid message as one or more frames (fragments cut at code point boundaries), with pings between. */
function messageFrames(rng: Rng, message: string | Uint8Array): Uint8Array[] {
  const text = typeof message === "string";
  const chunks: Uint8Array[] = [];
  if (text) {
    const points = [...message];
    const n = rng.chance(0.3) ? rng.int(2, 5) : 1;
    const per = Math.ceil(points.length / n) || 1;
    for (let i = 0; i < Math.max(1, points.length); i += per) {
      chunks.push(encoder.encode(points.slice(i, i + per).join("")));
    }
  } else {
    const n = rng.chance(0.3) ? rng.int(2, 5) : 1;
    const per = Math.ceil(message.length / n) || 1;
    for (let i = 0; i < Math.max(1, message.length); i += per) {
      chunks.push(message.subarray(i, i + per));
    }
  }
  const frames: Uint8Array[] = [];
  chunks.forEach((chunk, i) => {
    frames.push(clientFrame(i === 0 ? (text ? 1 : 2) : 0, chunk, { fin: i === chunks.length - 1 }));
    if (rng.chance(0.15)) frames.push(clientFrame(rng.pick([9, 10]), rng.bytes(rng.int(0, 125))));
  });
  return frames;
}

export class FrameCaseGenerator {
  constructor(
    private readonly rng: Rng,
    private readonly pools: ValuePools,
    private readonly clientToken: string,
    private readonly invalidToken: string,
  ) {}

  /** Bytes no agent may see: invalid opcodes, RSV bits, unmasked, huge lengths, random. */
  #garbage(): Uint8Array {
    const r = this.rng;
    const parts: Uint8Array[] = [];
    for (let i = r.int(1, 6); i > 0; i--) {
      parts.push(
        r.pick<() => Uint8Array>([
          () => r.bytes(r.int(1, 500)),
          () =>
            clientFrame(r.pick([3, 4, 5, 6, 7, 0xb, 0xc, 0xd, 0xe, 0xf]), r.bytes(r.int(0, 50))),
          () => clientFrame(r.int(0, 2), r.bytes(r.int(0, 50)), { rsv: r.int(1, 7) }),
          () => clientFrame(r.int(0, 2), r.bytes(r.int(0, 50)), { mask: false }),
          () => clientFrame(1, new Uint8Array([0xff, 0xfe, 0xc0, 0x80])),
          () => clientFrame(9, r.bytes(r.int(126, 300))),
          () => clientFrame(9, r.bytes(5), { fin: false }),
          () => clientFrame(2, r.bytes(4), { declaredLength: r.int(2 ** 21, 2 ** 50) }),
          () => clientFrame(8, r.bytes(1)),
          () => clientFrame(8, new Uint8Array([0x03, 0xed])),
        ])(),
      );
    }
    return concat(parts);
  }

  next(): FrameCase {
    const r = this.rng;
    const roll = r.next();
    const echo = `/ws?capability=echo${r.chance(0.2) ? "&control=none" : ""}`;
    if (roll < 0.4) {
      // Refused before any agent: garbage goes to the edge's drain (or the tunnel's pending backlog).
      const refusal = r.pick<[string, string | undefined, number[]]>([
        ["/ws?capability=echo", `Bearer ${this.invalidToken}`, [4001]],
        ["/ws?capability=echo", undefined, [4001]],
        ["/ws?capability=BAD!", `Bearer ${this.clientToken}`, [4400]],
        ["/ws?capability=echo&capability=echo", `Bearer ${this.clientToken}`, [4400]],
        // Upgrade accepted, then no agent: the tunnel holds the garbage until 4013 (or refuses an oversize frame with 4009).
        // A close frame in the garbage before that is answered with its own code (1000 here); a
        // frame that breaks RFC 6455 (reserved bits, unknown opcode, unmasked, a close code that
        // may not be sent such as 1005…) is refused with 1002, bad UTF-8 with 1007.
        ["/ws?agent_type=fz-none", `Bearer ${this.clientToken}`, [4013, 4009, 1000, 1002, 1007]],
        ["/ws?capability=fz-none", `Bearer ${this.clientToken}`, [4013, 4009, 1000, 1002, 1007]],
      ]);
      return {
        kind: "ws.frames.garbage-refused",
        target: refusal[0],
        ...(refusal[1] !== undefined ? { authorization: refusal[1] } : {}),
        bytes: this.#garbage(),
        withHead: r.chance(0.5),
        expectClose: new Set([...refusal[2], 4008]),
      };
    }
    const auth = `Bearer ${this.clientToken}`;
    if (roll < 0.82) {
      const messages: (string | Uint8Array)[] = [];
      const frames: Uint8Array[] = [];
      for (let i = r.int(1, 12); i > 0; i--) {
        const m = r.chance(0.5)
          ? randomText(r, this.pools)
          : r.bytes(r.pick([0, 1, 125, 126, 127, 65535, 65536, r.int(0, 20_000)]));
        messages.push(m);
        frames.push(...messageFrames(r, m));
      }
      return {
        kind: "ws.frames.valid-random",
        target: echo,
        authorization: auth,
        bytes: concat(frames),
        withHead: r.chance(0.3),
        messages,
        expectClose: new Set([1000, 4008]),
      };
    }
    if (roll < 0.94) {
      const over = r.chance(0.1) ? (1 << 20) + 1 : r.int((1 << 20) + 1, 2 ** 52);
      const prefix = r.chance(0.5) ? messageFrames(r, "before") : [];
      const head = clientFrame(r.pick([1, 2, 0]), r.bytes(r.int(0, 100)), { declaredLength: over });
      return {
        kind: "ws.frames.oversize",
        target: echo,
        authorization: auth,
        bytes: concat([...prefix, head]),
        withHead: false,
        expectClose: new Set([4009, 4008]),
      };
    }
    // A frame cut short, then EOF: the edge must end the session, not wait.
    const full = clientFrame(2, r.bytes(r.int(10, 5000)));
    return {
      kind: "ws.frames.truncated",
      target: echo,
      authorization: auth,
      bytes: full.subarray(0, r.int(1, full.length - 1)),
      withHead: false,
      expectClose: "eof",
    };
  }
}

function sameMessages(a: (string | Uint8Array)[], b: (string | Uint8Array)[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    if (typeof x === "string" || typeof y === "string") return x === y;
    return x.length === y.length && x.every((v, k) => v === y[k]);
  });
}

export async function runFrameCase(port: number, c: FrameCase, rng: Rng): Promise<TcpOutcome> {
  const raw = await RawConn.open(port, 8000);
  try {
    const extra = c.authorization !== undefined ? [`authorization: ${c.authorization}`] : [];
    const head = upgradeHead(c.target, extra);
    const controlNone = c.target.includes("control=none");
    if (c.withHead) await raw.write(concat([head, c.bytes]));
    else await raw.write(head);
    await raw.until(() => parseAnswer(raw.bytes) !== null);
    const answer = parseAnswer(raw.bytes);
    if (answer?.status !== 101) {
      return {
        what: `HTTP ${answer?.status ?? raw.ended}`,
        failure: `${c.kind} ${c.target}: no 101 (${answer?.status ?? raw.ended})`,
      };
    }
    const from = answer.headLength;
    if (c.messages && !controlNone) {
      await raw.until(() => parseFrames(raw.bytes, from).length > 0);
    }
    if (!c.withHead) {
      // Split at random byte boundaries, with the odd pause: the edge scans headers across reads.
      await raw.writeSplit(
        c.bytes,
        (left) => rng.chance(0.3) ? rng.int(1, 20) : rng.int(1, left),
        rng.chance(0.2) ? 2 : 0,
      );
    }
    if (c.expectClose === "eof") {
      await raw.closeWrite();
      await raw.until(() => false);
      const close = parseFrames(raw.bytes, from).find((f) => f.opcode === 8);
      if (raw.ended === "timeout") {
        return { what: "timeout", failure: `${c.kind}: the edge kept a half-closed session open` };
      }
      return { what: close ? "close frame, eof" : `${raw.ended}` };
    }
    if (c.messages) {
      const want = c.messages;
      const echoed = () => messagesOf(parseFrames(raw.bytes, from)).slice(controlNone ? 0 : 1);
      await raw.until(() =>
        echoed().length >= want.length || parseFrames(raw.bytes, from).some((f) => f.opcode === 8)
      );
      const got = echoed();
      await raw.write(clientClose(1000));
      const { close } = await readUntilClosed(raw, from);
      if (close?.code === 4008) return { what: "close 4008" };
      if (!sameMessages(got, want)) {
        return {
          what: "echo mismatch",
          failure:
            `${c.kind}: sent ${want.length} messages, got ${got.length} back (close ${close?.code} ${close?.reason})`,
        };
      }
      if (close?.code !== 1000) {
        return {
          what: `close ${close?.code}`,
          failure: `${c.kind}: close ${close?.code} ${close?.reason} after a clean echo`,
        };
      }
      return { what: "echoed all, close 1000" };
    }
    const { close } = await readUntilClosed(raw, from);
    if (!close) {
      return {
        what: `no close (${raw.ended})`,
        failure: `${c.kind} ${c.target}: no close frame (${raw.ended})`,
      };
    }
    const what = `close ${close.code}`;
    if (!c.expectClose.has(close.code)) {
      return {
        what,
        failure: `${c.kind} ${c.target}: close ${close.code} (${close.reason}); expected ${[
          ...c.expectClose,
        ]}`,
      };
    }
    if (!CONTRACT_CLOSE_CODES.has(close.code)) {
      return { what, failure: `close ${close.code} is not a contract code` };
    }
    // A refusal says why; a 1000 is the edge answering the client's own close.
    if (close.code >= 4000 && close.reason.trim() === "") {
      return { what, failure: `close ${close.code} without a reason` };
    }
    return { what };
  } finally {
    await raw.finish();
  }
}
