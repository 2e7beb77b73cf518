/**
 * Raw TCP at the front door, below any HTTP client: truncated heads,
 * garbage, malformed request lines and header fields, huge heads,
 * slowloris-like trickles and malformed WebSocket upgrades. Each case is
 * one connection with a deadline.
 */
import {
  answerComplete,
  latin1Bytes,
  parseAnswer,
  parseFrames,
  RawConn,
  readUntilClosed,
  wsKey,
} from "./raw.ts";
import { pause } from "../../support/time.ts";
import type { Rng } from "./rng.ts";

/** What a case accepts as the node's answer. */
export type Expect =
  /** The front door's own 400 (a head it cannot parse), with the JSON error body. */
  | "400"
  /** A head over the limit: 431, or the connection dropped while we were still writing. */
  | "431"
  /** A malformed upgrade: 400 or 426 from the handshake check, or a 101 and a contract close code. */
  | "upgrade"
  /** Anything below 500, or a close without an answer. */
  | "lt500"
  /** A stalled head: the node closes it after its handshake timeout, without an answer. */
  | "dropped";

export interface TcpCase {
  kind: string;
  parts: Uint8Array[];
  /** Pause between parts (a trickle). */
  pauseMs: number;
  /** Half-close after the last part (EOF tells the node the head is all there is). */
  closeWrite: boolean;
  deadlineMs: number;
  expect: Expect;
}

export interface TcpOutcome {
  what: string;
  failure?: string;
}

/** Close codes a refused or ended session may carry (CONTRACT.md, plus 4400 and 1000/1001). */
export const CONTRACT_CLOSE_CODES = new Set([
  1000,
  1001,
  1002,
  1007, // a client text message or close reason that is not UTF-8
  4001,
  4003,
  4004,
  4008,
  4009,
  4013,
  4400,
]);

export class TcpCaseGenerator {
  constructor(private readonly rng: Rng, private readonly adminToken: string) {}

  #validHeads(): string[] {
    return [
      "GET /healthz HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n",
      "GET /readyz HTTP/1.1\r\nhost: 127.0.0.1\r\naccept: */*\r\n\r\n",
      `GET /api/v1/agents HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer ${this.adminToken}\r\n\r\n`,
      "POST /api/v1/agents HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n",
      `GET /ws?capability=echo HTTP/1.1\r\nhost: 127.0.0.1\r\nupgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-key: ${wsKey()}\r\nsec-websocket-version: 13\r\n\r\n`,
    ];
  }

  /** Complete heads the front door must refuse with 400 itself. */
  frontDoor400(): string[] {
    const r = this.rng;
    return [
      "GET /healthz\r\n\r\n",
      "GET /healthz HTTP/2.0\r\n\r\n",
      "GET /healthz HTTP/1.2\r\n\r\n",
      "GET  /healthz HTTP/1.1\r\n\r\n",
      "GET /healthz  HTTP/1.1\r\n\r\n",
      "GET\t/healthz HTTP/1.1\r\n\r\n",
      "G(T /healthz HTTP/1.1\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nhost x\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nhost : x\r\n\r\n",
      "GET /healthz HTTP/1.1\r\n: x\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nx-a: b\r\n c\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nx-a: b\u0000c\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nx-a: b\nc\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nx-\u00e9: b\r\n\r\n",
      "GET /healthz HTTP/1.1\r\n\u00ff\u00fe: b\r\n\r\n",
      "\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n",
      " GET /healthz HTTP/1.1\r\n\r\n",
      "GET /a b HTTP/1.1\r\n\r\n",
      `GET /ws?capability=echo echo HTTP/1.1\r\nupgrade: websocket\r\n\r\n`,
      "HTTP/1.1 200 OK\r\n\r\n",
      `${"A".repeat(r.int(1, 300))}\r\n\r\n`,
    ];
  }

  /** Complete heads that pass the front door; the internal server (or the app) answers. */
  oddButParsable(): string[] {
    return [
      // Control characters pass the front door; the internal server refuses them (400, no body).
      "GET /healthz HTTP/1.1\r\nx-a: b\u0001c\r\n\r\n",
      "GET /healthz HTTP/1.0\r\n\r\n",
      "GET http://127.0.0.1/healthz HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n",
      "OPTIONS * HTTP/1.1\r\nhost: x\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nhost: a\r\nhost: b\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nx-a: \u00ff\u00fe\u0080\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nx-a:\r\n\r\n",
      "POST /api/v1/agents HTTP/1.1\r\nhost: x\r\ncontent-length: abc\r\n\r\n{}",
      "POST /api/v1/agents HTTP/1.1\r\nhost: x\r\ncontent-length: -1\r\n\r\n{}",
      "POST /api/v1/agents HTTP/1.1\r\nhost: x\r\ncontent-length: 99999999999999999999\r\n\r\n{}",
      "POST /api/v1/agents HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n{}",
      "POST /api/v1/agents HTTP/1.1\r\nhost: x\r\ncontent-length: 5\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n",
      "POST /api/v1/agents HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
      "POST /api/v1/agents HTTP/1.1\r\nhost: x\r\ntransfer-encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
      "POST /api/v1/agents HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n5\r\n{}",
      "GET /healthz HTTP/1.1\r\nhost: x\r\n\r\nGARBAGE\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nhost: x\r\n\r\nGET /readyz HTTP/1.1\r\nhost: x\r\n\r\n",
      `GET /${"a/".repeat(3000)} HTTP/1.1\r\nhost: x\r\n\r\n`,
      `GET /healthz?${"a=1&".repeat(2000)} HTTP/1.1\r\nhost: x\r\n\r\n`,
      "GET /ws HTTP/1.1\r\nhost: x\r\n\r\n",
      `GET /ws/ HTTP/1.1\r\nupgrade: websocket\r\nconnection: upgrade\r\nsec-websocket-key: ${wsKey()}\r\nsec-websocket-version: 13\r\n\r\n`,
      `GET /WS HTTP/1.1\r\nupgrade: websocket\r\nconnection: upgrade\r\nsec-websocket-key: ${wsKey()}\r\nsec-websocket-version: 13\r\n\r\n`,
      `GET /api/v1/agents HTTP/1.1\r\nupgrade: websocket\r\nconnection: upgrade\r\nsec-websocket-key: ${wsKey()}\r\nsec-websocket-version: 13\r\n\r\n`,
      "GET /api/v1/../../healthz HTTP/1.1\r\nhost: x\r\n\r\n",
      "GET /api/v1/agents/../../../etc/passwd HTTP/1.1\r\nhost: x\r\n\r\n",
      "GET /api/v1/agents/%2e%2e%2f%2e%2e HTTP/1.1\r\nhost: x\r\n\r\n",
      "GET //healthz HTTP/1.1\r\nhost: x\r\n\r\n",
      "GET /healthz HTTP/1.1\r\nx-switchboard-peer: 10.9.9.9\r\n\r\n",
      "DELETE /api/v1/agents/x HTTP/1.1\r\nhost: x\r\nauthorization: Bearer\r\n\r\n",
      "GET /api/v1/agents HTTP/1.1\r\nhost: x\r\nauthorization: Bearer a b c\r\n\r\n",
      "GET /api/v1/agents HTTP/1.1\r\nhost: x\r\nauthorization: Basic Og==\r\n\r\n",
      `GET /api/v1/agents HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${
        "x".repeat(12_000)
      }\r\n\r\n`,
    ];
  }

  /** Malformed upgrades on /ws, all with credentials that would do. */
  #badUpgrades(): string[] {
    const key = wsKey();
    const t = this.adminToken;
    const q = this.rng.pick(["capability=echo", "capability=BAD!", "", "agent_type=fz-none"]);
    const lines = (first: string, ...h: string[]) =>
      [first, "host: x", ...h].join("\r\n") + "\r\n\r\n";
    return [
      lines(
        `POST /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        `sec-websocket-key: ${key}`,
        "sec-websocket-version: 13",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.0`,
        "upgrade: websocket",
        "connection: upgrade",
        `sec-websocket-key: ${key}`,
        "sec-websocket-version: 13",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        `sec-websocket-key: ${key}`,
        "sec-websocket-version: 13",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: keep-alive",
        `sec-websocket-key: ${key}`,
        "sec-websocket-version: 13",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        `sec-websocket-key: ${key}`,
        "sec-websocket-version: 8",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        `sec-websocket-key: ${key}`,
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        "sec-websocket-version: 13",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        "sec-websocket-key: short",
        "sec-websocket-version: 13",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        `sec-websocket-key: ${key}`,
        `sec-websocket-key: ${wsKey()}`,
        "sec-websocket-version: 13",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        `sec-websocket-key: ${key.replace(/.$/, "!")}`,
        "sec-websocket-version: 13",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        `sec-websocket-key: ${key}`,
        "sec-websocket-version: 13, 8",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        `sec-websocket-key: ${key}`,
        "sec-websocket-version: 13",
        "sec-websocket-extensions: permessage-deflate; client_max_window_bits",
        `authorization: Bearer ${t}`,
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket, h2c",
        "connection: keep-alive, Upgrade",
        `sec-websocket-key: ${key}`,
        "sec-websocket-version: 13",
        "sec-websocket-protocol: a, , b,,",
        "authorization: Basic eDp5",
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        `sec-websocket-key: ${key}`,
        "sec-websocket-version: 13",
        "authorization: Bearer",
      ),
      lines(
        `GET /ws?${q} HTTP/1.1`,
        "upgrade: websocket",
        "connection: upgrade",
        `sec-websocket-key: ${key}`,
        "sec-websocket-version: 13",
        `authorization: Bearer ${t}`,
        `authorization: Bearer ${t}`,
      ),
    ];
  }

  next(): TcpCase {
    const r = this.rng;
    const roll = r.next();
    const base = { pauseMs: 0, closeWrite: true, deadlineMs: 4000 };
    if (roll < 0.22) {
      const head = r.pick(this.#validHeads());
      const cut = r.int(1, head.length - 2); // never the whole CRLFCRLF
      return {
        ...base,
        kind: "tcp.truncated-head",
        parts: [latin1Bytes(head.slice(0, cut))],
        expect: "400",
      };
    }
    if (roll < 0.4) {
      const bytes = r.bytes(r.int(1, 3000));
      // A CRLFCRLF inside random bytes is vanishingly rare; strip LF so there is none.
      for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) bytes[i] = 11;
      if (r.chance(0.3)) {
        return {
          ...base,
          kind: "tcp.garbage",
          parts: [bytes, latin1Bytes("\r\n\r\n")],
          expect: "400",
        };
      }
      return { ...base, kind: "tcp.garbage", parts: [bytes], expect: "400" };
    }
    if (roll < 0.46) {
      const n = r.int(17_000, 48_000);
      if (r.chance(0.5)) {
        const bytes = r.bytes(n);
        for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) bytes[i] = 11;
        return { ...base, kind: "tcp.huge-head", parts: [bytes], expect: "431" };
      }
      const head = `GET /healthz HTTP/1.1\r\nhost: x\r\n` +
        (r.chance(0.5)
          ? `x-big: ${"b".repeat(n)}\r\n`
          : Array.from({ length: Math.ceil(n / 40) }, (_, i) => `x-h${i}: ${"v".repeat(30)}\r\n`)
            .join("")) +
        "\r\n";
      return { ...base, kind: "tcp.huge-head", parts: [latin1Bytes(head)], expect: "431" };
    }
    if (roll < 0.64) {
      return {
        ...base,
        kind: "tcp.malformed-head",
        parts: [latin1Bytes(r.pick(this.frontDoor400()))],
        expect: "400",
      };
    }
    if (roll < 0.8) {
      return {
        ...base,
        kind: "tcp.odd-head",
        parts: [latin1Bytes(r.pick(this.oddButParsable()))],
        expect: "lt500",
      };
    }
    if (roll < 0.96) {
      return {
        ...base,
        kind: "tcp.bad-upgrade",
        parts: [latin1Bytes(r.pick(this.#badUpgrades()))],
        expect: "upgrade",
      };
    }
    // Slowloris-like: a head a few bytes at a time, then EOF inside it.
    const head = r.pick(this.#validHeads());
    const cut = r.int(5, head.length - 2);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < cut; i += 4) parts.push(latin1Bytes(head.slice(i, Math.min(cut, i + 4))));
    return {
      ...base,
      kind: "tcp.slowloris",
      parts: parts.slice(0, 25),
      pauseMs: 40,
      expect: "400",
    };
  }

  /** A head that starts and then stalls: the node must cut it after its handshake timeout. */
  stalled(): TcpCase {
    const head = this.rng.pick(this.#validHeads());
    return {
      kind: "tcp.stalled-head",
      parts: [latin1Bytes(head.slice(0, this.rng.int(1, head.length - 5)))],
      pauseMs: 0,
      closeWrite: false,
      deadlineMs: 9000,
      expect: "dropped",
    };
  }
}

function isErrorBody(body: string | undefined): boolean {
  if (body === undefined) return false;
  try {
    const e = JSON.parse(body)?.error;
    return typeof e?.code === "string" && e.code !== "" && typeof e?.message === "string";
  } catch {
    return false;
  }
}

/** Runs one case and judges what came back. */
export async function runTcpCase(port: number, c: TcpCase): Promise<TcpOutcome> {
  const raw = await RawConn.open(port, c.deadlineMs);
  try {
    let writeFailed = false;
    for (let i = 0; i < c.parts.length; i++) {
      if (!await raw.write(c.parts[i]!)) {
        writeFailed = true;
        break;
      }
      if (c.pauseMs > 0 && i < c.parts.length - 1) {
        await pause(c.pauseMs); // measures real time: a slow writer, parts apart in time
      }
    }
    if (c.closeWrite && !writeFailed) await raw.closeWrite();
    await raw.until(() => answerComplete(raw.bytes));
    const answer = parseAnswer(raw.bytes);
    if (answer?.status === 101) {
      const { close } = await readUntilClosed(raw, answer.headLength);
      const frames = parseFrames(raw.bytes, answer.headLength);
      if (close) {
        const what = `101+close ${close.code}`;
        if (!CONTRACT_CLOSE_CODES.has(close.code)) {
          return {
            what,
            failure: `close code ${close.code} (${close.reason}) is not a contract code`,
          };
        }
        return { what };
      }
      // An upgrade that opened a session: it ends when our EOF reaches the edge.
      const opened = frames.some((f) => f.opcode === 1);
      return { what: opened ? "101+session" : `101+${raw.ended}` };
    }
    // Nothing but a 101 may leave the connection open past the answer: wait for the close.
    await raw.until(() => false);
    const end = raw.ended;
    if (!answer) {
      const what = raw.length > 0 ? `unparsable answer (${end})` : `no answer (${end})`;
      if (end === "timeout") {
        return { what, failure: `${c.kind}: still open at the ${c.deadlineMs} ms deadline` };
      }
      if (c.expect === "400" || c.expect === "upgrade") {
        return { what, failure: `${c.kind}: expected an HTTP answer, got ${what}` };
      }
      if (c.expect === "431" && !(writeFailed || end === "reset" || end === "eof")) {
        return { what, failure: `${c.kind}: expected 431 or a dropped connection, got ${what}` };
      }
      return { what };
    }
    const what = `${answer.status}`;
    if (answer.status >= 500) {
      return { what, failure: `${c.kind}: ${answer.status} ${answer.body ?? ""}` };
    }
    if (end === "timeout") {
      return { what, failure: `${c.kind}: connection left open after ${answer.status} and EOF` };
    }
    switch (c.expect) {
      case "400":
        if (answer.status !== 400) {
          return { what, failure: `${c.kind}: expected 400, got ${answer.status}` };
        }
        if (!isErrorBody(answer.body)) {
          return { what, failure: `${c.kind}: 400 without an error body: ${answer.body}` };
        }
        break;
      case "431":
        if (answer.status !== 431) {
          return { what, failure: `${c.kind}: expected 431, got ${answer.status}` };
        }
        if (!isErrorBody(answer.body)) {
          return { what, failure: `${c.kind}: 431 without an error body` };
        }
        break;
      case "upgrade":
        if (answer.status !== 400 && answer.status !== 426) {
          return { what, failure: `${c.kind}: expected 400/426 or 101, got ${answer.status}` };
        }
        if (!isErrorBody(answer.body)) {
          return { what, failure: `${c.kind}: ${answer.status} without an error body` };
        }
        break;
      case "dropped":
        return {
          what,
          failure: `${c.kind}: a stalled head got ${answer.status} instead of a close`,
        };
    }
    return { what };
  } finally {
    await raw.finish();
  }
}
