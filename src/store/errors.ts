/** The stream's version was not what the writer expected; nothing was written. */
export class ConcurrencyError extends Error {
  readonly code = "concurrency_conflict";
  constructor(
    readonly streamId: string,
    readonly expected: string | number,
    readonly actual: number | undefined,
  ) {
    super(
      `stream '${streamId}' expected version ${expected}` +
        (actual === undefined ? " but a concurrent append won" : ` but is at ${actual}`),
    );
    this.name = "ConcurrencyError";
  }
}

/** The store cannot serve the request (connection lost, migration failed…). */
export class StoreUnavailableError extends Error {
  readonly code = "store_unavailable";
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}

/** The partition was claimed by another writer since this one's claim: it must stop writing. */
export class FencedError extends Error {
  readonly code = "fenced";
  constructor(
    readonly streamId: string,
    readonly partition: number,
    readonly epoch: number,
    readonly current: number | undefined,
  ) {
    super(
      `append to '${streamId}' refused: partition ${partition} was claimed at epoch ` +
        `${current ?? "(newer)"}, this writer holds ${epoch}`,
    );
    this.name = "FencedError";
  }
}
