import type { Labels } from "../../events/alert.ts";

const encoder = new TextEncoder();
const hex4 = (n: number) => n.toString(16).padStart(4, "0");

/**
 * FNV-1a 64 over the UTF-8 bytes, as 16 hex digits (Alertmanager's
 * fingerprints are 64-bit too). In four 16-bit limbs rather than BigInt: the
 * evaluator fingerprints every series of every rule each round.
 */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325, limbs low to high
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  for (const byte of encoder.encode(text)) {
    h0 ^= byte;
    // × prime 0x100000001b3 = 0x1b3 + 0x100 << 32, modulo 2^64
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

/** Labels in key order: the same set always reads the same, whatever order it was built in. */
export function canonicalLabels(labels: Labels): [string, string][] {
  return Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * One series of one rule: FNV-1a 64 over the UTF-16LE code units of the rule
 * id, then of each label name and value in name order, each followed by a
 * 0xFFFF unit (which no well-formed text holds, so no two inputs run
 * together). From the rule id and the series' own labels (not the rule's
 * name or labels), so editing a rule keeps its alerts' identity, and the
 * notifier and its receivers see one fingerprint per alert. Streamed, with no
 * string built: the evaluator fingerprints every series of every rule each round.
 */
export function fingerprintOf(ruleId: string, seriesLabels: Labels): string {
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  const byte = (b: number) => {
    h0 ^= b;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  };
  const text = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const unit = s.charCodeAt(i);
      byte(unit & 0xff);
      byte(unit >>> 8);
    }
    byte(0xff);
    byte(0xff);
  };
  text(ruleId);
  for (const [name, value] of canonicalLabels(seriesLabels)) {
    text(name);
    text(value);
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}
