/**
 * Deterministic 32-bit hashing for strategies that must pick "at random" yet
 * repeat the same pick on replay (power-of-two choices, consistent hashing).
 */

/** FNV-1a over UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads FNV's weak low bits over the whole word. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hash32(text: string): number {
  return fmix32(fnv1a(text));
}

/** A well-mixed hash of the pair (key, agent). */
export function pairHash(keyHash: number, agentHash: number): number {
  return fmix32((keyHash ^ fmix32((agentHash + 0x9e3779b9) >>> 0)) >>> 0);
}
