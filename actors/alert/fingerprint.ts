import type { Labels } from "../../events/alert.ts";

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

/** FNV-1a 64 over the UTF-8 bytes, as 16 hex digits (Alertmanager's fingerprints are 64-bit too). */
export function fnv1a64(text: string): string {
  let h = FNV64_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * FNV64_PRIME) & MASK64;
  }
  return h.toString(16).padStart(16, "0");
}

/** Labels in key order: the same set always reads the same, whatever order it was built in. */
export function canonicalLabels(labels: Labels): [string, string][] {
  return Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * One series of one rule. From the rule id and the series' own labels (not
 * the rule's name or labels), so editing a rule keeps its alerts' identity,
 * and the notifier and its receivers see one fingerprint per alert.
 */
export function fingerprintOf(ruleId: string, seriesLabels: Labels): string {
  return fnv1a64(JSON.stringify([ruleId, canonicalLabels(seriesLabels)]));
}
