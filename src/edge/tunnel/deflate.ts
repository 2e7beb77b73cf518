/**
 * permessage-deflate (RFC 7692) negotiated end to end: the edge never
 * compresses or inflates; it passes the client's offer to the agent and the
 * agent's answer back, constrained so that every message stands alone
 * (`client_no_context_takeover` and `server_no_context_takeover`), which is
 * what lets a failover hand the stream to another agent mid-session. The
 * strings made here are canonical (one offer, parameters in one order), so
 * equal parameters give equal strings: the upstream pool keys on them.
 */

export const PERMESSAGE_DEFLATE = "permessage-deflate";

export interface DeflateParams {
  /** `server_max_window_bits` (8–15), if given. */
  serverBits?: number;
  /** `client_max_window_bits`: a value (8–15), `true` without one (an offer's), if given. */
  clientBits?: number | true;
}

/** One extension of a Sec-WebSocket-Extensions list: its name and parameters. */
interface Extension {
  name: string;
  params: [string, string | undefined][];
}

function parseList(header: string): Extension[] {
  return header.split(",").map((element) => {
    const [name = "", ...rest] = element.split(";").map((p) => p.trim());
    const params = rest.filter((p) => p !== "").map((p): [string, string | undefined] => {
      const eq = p.indexOf("=");
      if (eq < 0) return [p.toLowerCase(), undefined];
      return [
        p.slice(0, eq).trim().toLowerCase(),
        p.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1"),
      ];
    });
    return { name: name.toLowerCase(), params };
  }).filter((e) => e.name !== "");
}

function windowBits(value: string | undefined): number | undefined {
  return value !== undefined && /^(8|9|1[0-5])$/.test(value) ? Number(value) : undefined;
}

/** The parameters of a permessage-deflate element, or undefined if any is unknown or malformed. */
function readParams(e: Extension, answer: boolean): DeflateParams | undefined {
  const seen = new Set<string>();
  const out: DeflateParams = {};
  for (const [name, value] of e.params) {
    if (seen.has(name)) return undefined;
    seen.add(name);
    if (name === "server_no_context_takeover" || name === "client_no_context_takeover") {
      if (value !== undefined) return undefined;
    } else if (name === "server_max_window_bits") {
      const bits = windowBits(value);
      if (bits === undefined) return undefined;
      out.serverBits = bits;
    } else if (name === "client_max_window_bits") {
      const bits = windowBits(value);
      if (value !== undefined && bits === undefined) return undefined;
      if (answer && bits === undefined) return undefined; // an answer must give a value
      out.clientBits = bits ?? true;
    } else return undefined;
  }
  if (answer && !seen.has("server_no_context_takeover")) return undefined;
  return out;
}

/** The canonical string for `params`, both no-context-takeover parameters included. */
export function deflateString(params: DeflateParams): string {
  let s = `${PERMESSAGE_DEFLATE}; client_no_context_takeover; server_no_context_takeover`;
  if (params.serverBits !== undefined) s += `; server_max_window_bits=${params.serverBits}`;
  if (params.clientBits === true) s += "; client_max_window_bits";
  else if (params.clientBits !== undefined) s += `; client_max_window_bits=${params.clientBits}`;
  return s;
}

/**
 * The offer the edge makes an agent for a client's Sec-WebSocket-Extensions:
 * the client's first well-formed permessage-deflate offer with both
 * no-context-takeover parameters added, or undefined (no compression).
 * Other extensions are never offered on: the edge would have to understand them.
 */
export function agentOffer(clientHeader: string | null | undefined): string | undefined {
  if (!clientHeader) return undefined;
  for (const e of parseList(clientHeader)) {
    if (e.name !== PERMESSAGE_DEFLATE) continue;
    const params = readParams(e, false);
    if (params) return deflateString(params);
  }
  return undefined;
}

/**
 * The agent's answer to `offer` checked against it (RFC 7692 §7.1), as the
 * canonical string the client is answered with, or undefined when the agent
 * declined. Throws, naming the fault, on an answer the offer does not allow.
 */
export function acceptedAnswer(
  offer: string | undefined,
  answer: string | null | undefined,
): string | undefined {
  if (!answer) return undefined;
  const list = parseList(answer);
  const e = list[0];
  if (!offer) throw new Error("enabled an extension that was not offered");
  if (list.length !== 1 || e!.name !== PERMESSAGE_DEFLATE) {
    throw new Error(`answered extensions that were not offered: ${answer}`);
  }
  const got = readParams(e!, true);
  if (!got) throw new Error(`answered permessage-deflate with bad parameters: ${answer}`);
  const asked = readParams(parseList(offer)[0]!, false)!;
  if (asked.serverBits !== undefined && (got.serverBits ?? 16) > asked.serverBits) {
    throw new Error(`answered server_max_window_bits missing or over the offer's: ${answer}`);
  }
  if (got.clientBits !== undefined) {
    const cap = asked.clientBits === true ? 15 : asked.clientBits;
    if (cap === undefined || (got.clientBits as number) > cap) {
      throw new Error(`answered client_max_window_bits the offer did not allow: ${answer}`);
    }
  }
  return deflateString(got);
}

/**
 * Whether an agent that answered `next` can take over a session whose
 * client negotiated `first`: both plain, or both compressed with windows the
 * client can read (the agent's at most as large) and the agent can read (the
 * client's at most as large as the agent allows).
 */
export function deflateCompatible(first: string | undefined, next: string | undefined): boolean {
  if (first === undefined || next === undefined) return first === next;
  const a = readParams(parseList(first)[0]!, true);
  const b = readParams(parseList(next)[0]!, true);
  if (!a || !b) return false;
  const clientBits = (p: DeflateParams) => typeof p.clientBits === "number" ? p.clientBits : 15;
  return (b.serverBits ?? 15) <= (a.serverBits ?? 15) && clientBits(b) >= clientBits(a);
}
