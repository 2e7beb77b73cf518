/**
 * Time arithmetic on the ISO timestamps commands carry. Actors never read a
 * clock: every "now" comes from command metadata, so these only compute.
 */

export function toMs(timestamp: string): number {
  return Date.parse(timestamp);
}

export function addSeconds(timestamp: string, seconds: number): string {
  return new Date(toMs(timestamp) + seconds * 1000).toISOString();
}

/** Milliseconds from `from` to `to`; negative when `to` is earlier. */
export function msBetween(from: string, to: string): number {
  return toMs(to) - toMs(from);
}

export function isBefore(a: string, b: string): boolean {
  return toMs(a) < toMs(b);
}
