export type * from "./event-store.ts";
export { ConcurrencyError, StoreUnavailableError } from "./errors.ts";
export { postgresEventStore, type PostgresEventStoreOptions } from "./postgres.ts";
export { pgliteEventStore, type PgliteEventStoreOptions } from "./pglite.ts";
export { SubscriptionStoppedError } from "./subscription.ts";
