/**
 * The status code of a masked client close frame whose payload starts at
 * `at` in `chunk[0, n)`, unmasked with the key in the four bytes before it.
 * Undefined when the frame has no code, or its header or first two payload
 * bytes are not all in this read (the relay never holds bytes to find out).
 */
export function closeCodeIn(
  chunk: Uint8Array,
  n: number,
  at: number,
  length: number,
): number | undefined {
  if (length < 2 || at < 4 || at + 2 > n) return undefined;
  return ((chunk[at]! ^ chunk[at - 4]!) << 8) | (chunk[at + 1]! ^ chunk[at - 3]!);
}
