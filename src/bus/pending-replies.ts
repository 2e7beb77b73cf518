import { type CommandReply, CommandTimeoutError } from "./command-log.ts";

interface Waiter {
  resolve(reply: CommandReply): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Senders waiting for replies, keyed by a short token that travels with the
 * command (the in-process entry, or the tail of a JetStream reply subject).
 * One map and one timer per waiting send: no subscription per command.
 */
export class PendingReplies {
  #waiters = new Map<string, Waiter>();
  #counter = 0;
  #closedWith: Error | undefined;

  get size(): number {
    return this.#waiters.size;
  }

  /** Registers a waiter; the promise rejects with CommandTimeoutError after `timeoutMs`. */
  open(commandId: string, timeoutMs: number): { token: string; reply: Promise<CommandReply> } {
    const token = (this.#counter++).toString(36);
    if (this.#closedWith) return { token, reply: Promise.reject(this.#closedWith) };
    const reply = new Promise<CommandReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(token);
        reject(new CommandTimeoutError(commandId, timeoutMs));
      }, timeoutMs);
      this.#waiters.set(token, { resolve, reject, timer });
    });
    return { token, reply };
  }

  /** Hands the reply to its sender; false when nobody waits (timed out, or never asked). */
  settle(token: string, reply: CommandReply): boolean {
    const waiter = this.#take(token);
    waiter?.resolve(reply);
    return waiter !== undefined;
  }

  fail(token: string, error: Error): void {
    this.#take(token)?.reject(error);
  }

  /** Rejects every waiter and every later `open`: the log is closing. */
  close(error: Error): void {
    this.#closedWith = error;
    for (const token of [...this.#waiters.keys()]) this.fail(token, error);
  }

  #take(token: string): Waiter | undefined {
    const waiter = this.#waiters.get(token);
    if (!waiter) return undefined;
    this.#waiters.delete(token);
    clearTimeout(waiter.timer);
    return waiter;
  }
}

export class CommandLogClosedError extends Error {
  readonly code = "command_log_closed";
  constructor() {
    super("the command log is closed");
    this.name = "CommandLogClosedError";
  }
}
