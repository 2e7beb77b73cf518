import assert from "node:assert/strict";
import type { EventCatalogue } from "../../events/catalogue.ts";
import type { EventStore } from "../../src/store/event-store.ts";
import { testCatalogue } from "./test-catalogue.ts";

/**
 * One place to keep events (a PostgreSQL schema, a PGlite instance). Stores
 * opened on the same space see the same log, so a test can reopen with another
 * catalogue or write from a second store the first one knows nothing about.
 */
export interface StoreSpace {
  open(catalogue?: EventCatalogue): Promise<EventStore>;
  /** Removes everything; every store opened on the space must be closed first. */
  drop(): Promise<void>;
}

export interface ContractOptions {
  name: string;
  ignore: boolean;
  createSpace(): Promise<StoreSpace>;
}

export type ContractTest = (
  title: string,
  fn: (store: EventStore, space: StoreSpace) => Promise<void>,
) => void;

/** Registers `fn` as a Deno test with a fresh space and a store on it, both cleaned up. */
export function contractTest(options: ContractOptions): ContractTest {
  return (title, fn) =>
    Deno.test({
      name: `${options.name} store: ${title}`,
      ignore: options.ignore,
      async fn() {
        const space = await options.createSpace();
        try {
          const store = await space.open(testCatalogue);
          try {
            await fn(store, space);
          } finally {
            await store.close();
          }
        } finally {
          await space.drop();
        }
      },
    });
}

export function assertStrictlyIncreasing(positions: number[]): void {
  for (let i = 1; i < positions.length; i++) {
    assert.ok(
      positions[i - 1]! < positions[i]!,
      `position ${positions[i]} after ${positions[i - 1]}`,
    );
  }
}

/** Runs `work` over `items` with at most `width` in flight; results in item order. */
export async function inParallel<T, R>(
  items: T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}
