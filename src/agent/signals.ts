import type { Logger } from "../telemetry/log.ts";

const signals: Deno.Signal[] = ["SIGTERM", "SIGINT"];

/**
 * Opt-in: SIGTERM/SIGINT start a graceful stop; a second signal while
 * stopping exits at once (an operator pressing Ctrl-C twice means it).
 * Returns the uninstaller; stop() calls it so the listeners do not keep the
 * process alive once the agent is done.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): () => void {
  let stopping = false;
  const onSignal = () => {
    if (stopping) {
      logger.warn("second signal: exiting without waiting");
      Deno.exit(130);
    }
    stopping = true;
    logger.info("signal received: draining");
    stop().catch((error) => logger.error("stop failed", { error }));
  };
  const installed: Deno.Signal[] = [];
  for (const signal of signals) {
    try {
      Deno.addSignalListener(signal, onSignal);
      installed.push(signal);
    } catch {
      // Not every platform has every signal (Windows has no SIGTERM listener).
    }
  }
  return () => {
    for (const signal of installed) Deno.removeSignalListener(signal, onSignal);
  };
}
