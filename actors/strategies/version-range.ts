/**
 * Just enough semver for capability match: versions `1.2.3[-pre]`, ranges
 * made of comparators (`>=1.2.0 <2`, `^1.2`, `~1.4.1`, `1.x`, `=1.2.3`, `*`)
 * joined by spaces (and) and `||` (or). Partial versions widen as npm's do.
 */

type Triple = [number, number, number];
export interface Version {
  triple: Triple;
  pre: string[];
}
type Op = ">=" | ">" | "<" | "<=";
interface Bound {
  op: Op;
  version: Version;
}
/** A parsed range: any of the alternatives, each a set of bounds that must all hold. */
export type VersionRange = Bound[][];

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
const PARTIAL = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?$/;
const COMPARATOR = /^(>=|<=|>|<|=|\^|~)?\s*(.+)$/;

export function parseVersion(text: string): Version | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  return { triple: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split(".") : [] };
}

function comparePre(a: string[], b: string[]): number {
  // A release ranks above its prereleases.
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a.triple[i] !== b.triple[i]) return a.triple[i]! - b.triple[i]!;
  return comparePre(a.pre, b.pre);
}

const v = (major: number, minor: number, patch: number, pre: string[] = []): Version => ({
  triple: [major, minor, patch],
  pre,
});

/** Turns one comparator into bounds; undefined when it does not parse. */
function bounds(op: string, text: string): Bound[] | undefined {
  const m = PARTIAL.exec(text);
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3]].map((
    p,
  ) => (p === undefined || /[xX*]/.test(p) ? undefined : Number(p)));
  const firstWild = parts.indexOf(undefined);
  const given = firstWild === -1 ? 3 : firstWild; // how many leading numbers were written
  // A bare wildcard: nothing is above or below everything, anything else admits all.
  if (given === 0) return op === "<" || op === ">" ? [{ op: "<", version: v(0, 0, 0) }] : [];
  const [major = 0, minor = 0, patch = 0] = parts.map((p) => p ?? 0);
  const low = v(major, minor, patch, m[4] ? m[4].split(".") : []);
  const ge: Bound = { op: ">=", version: low };
  // The first version past everything a partial covers (1.2 → 1.3.0, 1 → 2.0.0); none for a full one.
  const next = given === 1 ? v(major + 1, 0, 0) : given === 2 ? v(major, minor + 1, 0) : undefined;
  switch (op) {
    case ">=":
      return [ge];
    case ">":
      return [next ? { op: ">=", version: next } : { op: ">", version: low }];
    case "<":
      return [{ op: "<", version: low }];
    case "<=":
      return [next ? { op: "<", version: next } : { op: "<=", version: low }];
    case "^": { // compatible: up to the next bump of the first non-zero part
      if (major > 0 || given === 1) return [ge, { op: "<", version: v(major + 1, 0, 0) }];
      if (minor > 0 || given === 2) return [ge, { op: "<", version: v(0, minor + 1, 0) }];
      return [ge, { op: "<", version: v(0, 0, patch + 1) }];
    }
    case "~": // patch updates only (minor ones when only the major was given)
      return [ge, { op: "<", version: given === 1 ? v(major + 1, 0, 0) : v(major, minor + 1, 0) }];
    default: // "=" or none: exact when complete, the whole span when partial
      return [ge, next ? { op: "<", version: next } : { op: "<=", version: low }];
  }
}

export function parseRange(text: string): VersionRange | undefined {
  const alternatives: VersionRange = [];
  for (const alternative of text.split("||")) {
    const tokens = alternative.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, "$1").split(/\s+/).filter(
      Boolean,
    );
    const set: Bound[] = [];
    for (const token of tokens) {
      const m = COMPARATOR.exec(token);
      const parsed = m ? bounds(m[1] ?? "", m[2]!) : undefined;
      if (!parsed) return undefined;
      set.push(...parsed);
    }
    alternatives.push(set);
  }
  return alternatives;
}

function holds(bound: Bound, version: Version): boolean {
  const c = compareVersions(version, bound.version);
  switch (bound.op) {
    case ">=":
      return c >= 0;
    case ">":
      return c > 0;
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
  }
}

export function satisfies(version: Version | undefined, range: VersionRange): boolean {
  if (!version) return range.some((set) => set.length === 0); // only "*" admits an unparsable version
  return range.some((set) => set.every((bound) => holds(bound, version)));
}
