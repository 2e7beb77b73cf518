import { Hono } from "hono";
import { z } from "zod";

/** One dependency's state as /readyz reports it. */
export const DependencyState = z.object({
  state: z.enum(["up", "down"]),
  /** Why it is down, or what "up" rests on (e.g. "in process"). */
  detail: z.string().optional(),
});
export type DependencyState = z.infer<typeof DependencyState>;

/**
 * What the node needs to serve, by name (store, command log, leases…): each
 * answers its state quickly; a check that throws or does not answer in time
 * counts as down. Built in src/node, so each adapter adds its own check.
 */
export type Readiness = Record<string, () => Promise<DependencyState>>;

/**
 * `/healthz` says the process is alive (no dependencies touched, so a slow
 * database never gets a live node restarted); `/readyz` says it can serve:
 * 200 when every dependency is up, 503 otherwise, naming each one's state.
 */
export function healthRoutes(readiness: Readiness, timeoutMs = 2000): Hono {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const entries = await Promise.all(
      Object.entries(readiness).map(async ([name, check]) =>
        [name, await withinTimeout(check, timeoutMs)] as const
      ),
    );
    const dependencies = Object.fromEntries(entries);
    const ready = entries.every(([, s]) => s.state === "up");
    return c.json({ status: ready ? "ready" : "not_ready", dependencies }, ready ? 200 : 503);
  });
  return app;
}

async function withinTimeout(
  check: () => Promise<DependencyState>,
  timeoutMs: number,
): Promise<DependencyState> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    return { state: "down", detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
