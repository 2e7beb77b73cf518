/** Exit statuses (CONTRACT.md): 0 done, 1 failed, 2 usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure said in one line, with what to do about it, and the exit status it ends with. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = EXIT.failed) {
    super(message);
    this.name = "CliError";
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.usage);
