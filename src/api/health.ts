import { Hono } from "hono";

/** A dependency the node needs to serve: answers quickly or throws. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

/**
 * `/healthz` says the process is alive (no dependencies touched, so a slow
 * database never gets a live node restarted); `/readyz` says it can serve,
 * checking each dependency with a timeout.
 */
export function healthRoutes(checks: ReadinessCheck[], timeoutMs = 2000): Hono {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const results = await Promise.all(checks.map(async ({ name, check }) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          check(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${timeoutMs} ms`)),
              timeoutMs,
            );
          }),
        ]);
        return { name, ok: true as const };
      } catch (error) {
        return {
          name,
          ok: false as const,
          error: error instanceof Error ? error.message : String(error),
        };
      } finally {
        clearTimeout(timer);
      }
    }));
    const ready = results.every((r) => r.ok);
    return c.json({ status: ready ? "ready" : "not_ready", checks: results }, ready ? 200 : 503);
  });
  return app;
}
