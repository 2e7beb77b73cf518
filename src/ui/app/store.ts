import { useEffect, useState } from "preact/hooks";
import type { Identity } from "./api.ts";
import type { Agent, FleetPayload, Sample } from "./types.ts";

/** A tiny observable: the app's shared state, read with `useStore`. */
export class Store<T> {
  #value: T;
  readonly #listeners = new Set<(value: T) => void>();
  constructor(value: T) {
    this.#value = value;
  }
  get value(): T {
    return this.#value;
  }
  set(value: T): void {
    this.#value = value;
    for (const listener of this.#listeners) listener(value);
  }
  update(change: (value: T) => T): void {
    this.set(change(this.#value));
  }
  subscribe(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.value);
  useEffect(() => {
    setValue(store.value);
    return store.subscribe(setValue);
  }, [store]);
  return value;
}

export interface LiveState {
  connected: boolean;
  fleet?: FleetPayload;
  history: Sample[];
  /** Bumped per kind each time the feed says it changed: views re-read on it. */
  versions: Record<string, number>;
}

export const session = new Store<Identity | null | undefined>(undefined);
export const live = new Store<LiveState>({ connected: false, history: [], versions: {} });

/** A number that changes whenever one of `kinds` changed: put it in an effect's deps. */
export function useChanges(...kinds: string[]): number {
  const state = useStore(live);
  return kinds.reduce((sum, kind) => sum + (state.versions[kind] ?? 0), 0);
}

export function canAct(identity: Identity | null | undefined): boolean {
  return !!identity && (identity.roles.includes("admin") || identity.roles.includes("operator"));
}

export function isAdmin(identity: Identity | null | undefined): boolean {
  return !!identity && identity.roles.includes("admin");
}

export function canReadLog(identity: Identity | null | undefined): boolean {
  return !!identity && (identity.roles.includes("admin") || identity.roles.includes("auditor"));
}

export function agentName(agents: Agent[] | undefined, id: string | undefined): string {
  if (!id) return "—";
  return agents?.find((a) => a.id === id)?.name ?? id.slice(0, 8);
}
