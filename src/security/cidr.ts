import { z } from "zod";

/**
 * IPv4 and IPv6 CIDRs and access lists (RuntimeConfig `access.api|agent|ws`).
 *
 * Families stay apart: IPv4 rules match IPv4 addresses, IPv6 rules IPv6
 * ones, so `::/0` does not quietly cover the IPv4 world. The one bridge is
 * IPv4-mapped IPv6 (`::ffff:a.b.c.d`, what a dual-stack socket reports for
 * an IPv4 client): such an address, or a rule inside `::ffff:0:0/96`, is
 * treated as the IPv4 it carries.
 */

/** An address as four big-endian 32-bit words; IPv4 uses only `w[0]`. */
export interface Address {
  v: 4 | 6;
  w: [number, number, number, number];
}

export interface Cidr extends Address {
  prefix: number;
  /** The entry as written, for reasons and error messages. */
  text: string;
}

export class CidrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CidrError";
  }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const V4_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;

function parseV4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const part of parts) {
    // Leading zeros are refused: some parsers read "010" as octal 8.
    if (!V4_OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    n = n * 256 + octet;
  }
  return n;
}

const HEXTET = /^[0-9a-fA-F]{1,4}$/;

/** Eight 16-bit groups, or undefined. Accepts `::` and a dotted IPv4 tail. */
function parseV6(text: string): number[] | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups = (half: string): number[] | undefined => {
    if (half === "") return [];
    const out: number[] = [];
    const parts = half.split(":");
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (i === parts.length - 1 && part.includes(".")) {
        const v4 = parseV4(part);
        if (v4 === undefined) return undefined;
        out.push(v4 >>> 16, v4 & 0xffff);
      } else if (HEXTET.test(part)) {
        out.push(parseInt(part, 16));
      } else {
        return undefined;
      }
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return undefined;
  // A dotted IPv4 tail may only end the address.
  if (halves.length === 2 && halves[0]!.includes(".")) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  return [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
}

function isMapped(w: Address["w"]): boolean {
  return w[0] === 0 && w[1] === 0 && w[2] === 0xffff;
}

/** Parses one address; IPv4-mapped IPv6 comes back as IPv4. Brackets and zone ids are dropped. */
export function parseAddress(input: string): Address | undefined {
  let text = input.trim();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  if (!text.includes(":")) {
    const v4 = parseV4(text);
    return v4 === undefined ? undefined : { v: 4, w: [v4, 0, 0, 0] };
  }
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  const g = parseV6(text);
  if (!g) return undefined;
  const w: Address["w"] = [
    (g[0]! << 16 | g[1]!) >>> 0,
    (g[2]! << 16 | g[3]!) >>> 0,
    (g[4]! << 16 | g[5]!) >>> 0,
    (g[6]! << 16 | g[7]!) >>> 0,
  ];
  return isMapped(w) ? { v: 4, w: [w[3], 0, 0, 0] } : { v: 6, w };
}

/** Mask of the top `bits` bits of a 32-bit word (0..32). */
function mask(bits: number): number {
  return bits <= 0 ? 0 : bits >= 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0;
}

/** Bits of `prefix` that fall in word `i`. */
function wordBits(prefix: number, i: number): number {
  return Math.max(0, Math.min(32, prefix - 32 * i));
}

/** Parses `a.b.c.d/n`, `x:y::z/n`, or a plain address (= /32 or /128). */
export function parseCidr(input: string): Parsed<Cidr> {
  const text = input.trim();
  const slash = text.indexOf("/");
  const addrText = slash < 0 ? text : text.slice(0, slash);
  if (addrText.includes("%") || addrText.startsWith("[")) {
    return { ok: false, error: "zone ids and brackets are not allowed" };
  }
  const addr = parseAddress(addrText);
  if (!addr) return { ok: false, error: "not an IPv4 or IPv6 address" };
  const written6 = addrText.includes(":");
  const max = written6 ? 128 : 32;
  let prefix = max;
  if (slash >= 0) {
    const p = text.slice(slash + 1);
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > max) {
      return { ok: false, error: `prefix must be 0..${max}` };
    }
    prefix = Number(p);
  }
  // ::ffff:a.b.c.d/n: an IPv4 rule in IPv6 dress.
  if (written6 && addr.v === 4) {
    if (prefix < 96) return { ok: false, error: "prefix must be >= 96 inside ::ffff:0:0/96" };
    prefix -= 96;
  }
  for (let i = 0; i < 4; i++) {
    if ((addr.w[i]! & ~mask(wordBits(prefix, i))) !== 0) {
      return { ok: false, error: `host bits are set (did you mean ${networkText(addr, prefix)}?)` };
    }
  }
  return { ok: true, value: { ...addr, prefix, text } };
}

/** The network of `addr` at `prefix`, as text, for "did you mean". */
function networkText(addr: Address, prefix: number): string {
  const w = addr.w.map((word, i) => (word & mask(wordBits(prefix, i))) >>> 0);
  if (addr.v === 4) {
    const n = w[0]!;
    return `${n >>> 24}.${n >>> 16 & 255}.${n >>> 8 & 255}.${n & 255}/${prefix}`;
  }
  const groups = w.flatMap((word) => [(word >>> 16).toString(16), (word & 0xffff).toString(16)]);
  return `${groups.join(":")}/${prefix}`;
}

/** Whether `addr` lies in `cidr` (different families never match). */
export function contains(cidr: Cidr, addr: Address): boolean {
  if (cidr.v !== addr.v) return false;
  for (let i = 0; i < 4; i++) {
    const bits = wordBits(cidr.prefix, i);
    if (bits === 0) return true;
    if (((cidr.w[i]! ^ addr.w[i]!) & mask(bits)) !== 0) return false;
  }
  return true;
}

export interface AccessDecision {
  allowed: boolean;
  reason: string;
}

export type AccessCheck = (ip: string) => AccessDecision;

function compileList(entries: readonly string[], list: string, label: string): Cidr[] {
  return entries.map((entry, i) => {
    const parsed = parseCidr(entry);
    if (!parsed.ok) {
      throw new CidrError(`${label}${list}[${i}]: ${JSON.stringify(entry)} ${parsed.error}`);
    }
    return parsed.value;
  });
}

/**
 * Compiles `{allow, deny}` once (at config load) into a check per address.
 * Deny wins; an empty allow list admits everyone not denied. An address
 * that cannot be parsed is refused once any rule exists: failing closed.
 * Throws CidrError naming the first bad entry, e.g. `access.ws.deny[2]`.
 */
export function compileAccessList(
  lists: { allow?: readonly string[]; deny?: readonly string[] },
  label = "",
): AccessCheck {
  const prefix = label ? `${label}.` : "";
  const allow = compileList(lists.allow ?? [], "allow", prefix);
  const deny = compileList(lists.deny ?? [], "deny", prefix);
  if (allow.length === 0 && deny.length === 0) {
    const open: AccessDecision = { allowed: true, reason: "no access rules" };
    return () => open;
  }
  return (ip) => {
    const addr = parseAddress(ip);
    if (!addr) return { allowed: false, reason: "unparsable client address" };
    for (const rule of deny) {
      if (contains(rule, addr)) return { allowed: false, reason: `denied by ${rule.text}` };
    }
    if (allow.length === 0) return { allowed: true, reason: "not denied" };
    for (const rule of allow) {
      if (contains(rule, addr)) return { allowed: true, reason: `allowed by ${rule.text}` };
    }
    return { allowed: false, reason: "not in the allow list" };
  };
}

/** A CIDR string for zod schemas (PUT /config): the issue names what is wrong. */
export const ValidCidr = z.string().max(64).superRefine((value, ctx) => {
  const parsed = parseCidr(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} ${parsed.error}` });
  }
});

const Cidrs = z.array(ValidCidr).max(1000).default([]);
/** RuntimeConfig's AccessList with every entry checked; a drop-in replacement. */
export const ValidAccessList = z.object({ allow: Cidrs, deny: Cidrs }).prefault({});
