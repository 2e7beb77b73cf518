/**
 * Time in tests: wait for the thing expected, or drive a fake clock; never
 * a fixed sleep. `pause` exists for the few tests that measure real time on
 * purpose: a pause of 100 ms or more says `// measures real time: <why>` on
 * its line or the one above (tests/architecture/no-sleeps_test.ts holds it).
 */
export { FakeClock } from "../../src/clock/fake-clock.ts";

/** Resolves when `predicate` holds, polling every 10 ms; fails naming `what` after `timeoutMs`. */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await pause(10);
  }
}

/** Real time passing, for tests that measure it on purpose. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
