import type { Logger } from "../telemetry/log.ts";

/**
 * Logs failures of calls to Switchboard once per kind, not once per attempt:
 * an agent retrying every few seconds through a long outage must not flood
 * its log. A success after logged failures says so once and re-arms, so the
 * next outage is reported again.
 */
export class FailureReporter {
  readonly #seen = new Map<string, Set<string>>();

  constructor(private readonly logger: Logger) {}

  failure(operation: string, kind: string, message: string): void {
    let kinds = this.#seen.get(operation);
    if (!kinds) this.#seen.set(operation, kinds = new Set());
    if (kinds.has(kind)) return;
    kinds.add(kind);
    this.logger.warn(`${operation} failed`, { kind, error: message });
  }

  success(operation: string): void {
    if (!this.#seen.has(operation)) return;
    this.#seen.delete(operation);
    this.logger.info(`${operation} succeeded again`);
  }
}
