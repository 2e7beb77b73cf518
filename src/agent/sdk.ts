/**
 * The agent SDK: a Deno program becomes a Switchboard agent in a few lines.
 *
 * ```ts
 * import { startAgent } from "./src/agent/sdk.ts";
 * const agent = await startAgent({
 *   name: "echo-1", agentType: "echo", capabilities: ["echo"], port: 8801,
 *   switchboardUrls: ["http://10.0.0.1:9000", "http://10.0.0.2:9000"],
 *   token: Deno.env.get("SWITCHBOARD_AGENT_TOKEN"),
 *   handleSignals: true,
 *   onSession(session) {
 *     session.onMessage((frame) => session.send(frame));
 *   },
 * });
 * ```
 *
 * It serves sessions over WebSocket (direct and pooled, see pool.ts),
 * registers and heartbeats (membership.ts) through whichever of the
 * cluster's nodes answers (failover-client.ts), serves a health endpoint,
 * and on stop drains, waits for sessions, deregisters and closes. Without
 * `switchboardUrl(s)` it reads SWITCHBOARD_URLS (comma-separated).
 */
import { systemClock } from "../clock/clock.ts";
import { createLogger } from "../telemetry/log.ts";
import { defaultBackoff } from "./backoff.ts";
import { cpuPercent } from "./load.ts";
import { Membership } from "./membership.ts";
import { FailureReporter } from "./report.ts";
import { serveAgentHttp } from "./server.ts";
import { SessionTracker } from "./session-tracker.ts";
import { stopOnSignals } from "./signals.ts";
import { registrationSpec, urlHost } from "./spec.ts";
import { SwitchboardClient } from "./switchboard-client.ts";
import { switchboardUrls, urlsFromEnvironment } from "./switchboard-urls.ts";
import { FailoverClient } from "./failover-client.ts";
import type { Agent, AgentOptions } from "./types.ts";

export type * from "./types.ts";
export { dialToken, type DialVerifier } from "../security/dial-verifier.ts";
export { poolHeader, poolSubprotocol } from "./pool.ts";

const wildcard = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * Starts serving at once; registration carries on in the background until
 * Switchboard answers (`agent.registered`). Bad options or a busy port reject.
 */
export function startAgent(options: AgentOptions): Promise<Agent> {
  return new Promise((resolve) => resolve(createAgent(options)));
}

function createAgent(options: AgentOptions): Agent {
  const logger = options.logger ?? createLogger("info", `agent ${options.name}`);
  const hostname = options.hostname ?? "127.0.0.1";
  const advertiseHost = options.advertiseHost ??
    (wildcard.has(hostname) ? "127.0.0.1" : hostname);
  const path = options.path ?? "/";
  const healthPath = options.healthPath ?? "/healthz";
  const pool = options.pool ?? true;
  const healthUrl = (port: number) => `http://${urlHost(advertiseHost)}:${port}${healthPath}`;
  // Checked before listening so bad options fail fast and leave nothing open.
  registrationSpec(options, advertiseHost, options.port || 1, healthUrl(options.port || 1));
  const urls = options.switchboardUrl || options.switchboardUrls?.length
    ? switchboardUrls(options.switchboardUrl, options.switchboardUrls)
    : switchboardUrls(undefined, urlsFromEnvironment());
  const clock = options.clock ?? systemClock;

  const tracker = new SessionTracker();
  const server = serveAgentHttp({
    hostname,
    port: options.port ?? 0,
    path,
    healthPath,
    tracker,
    onSession: options.onSession,
    verifyDial: options.verifyDial,
    pool,
    logger,
  });
  const port = server.addr.port;
  const spec = registrationSpec(options, advertiseHost, port, healthUrl(port));

  // Once per node and kind until it answers again, like every other failure: no flood in an outage.
  const nodeReporter = new FailureReporter(logger);
  const membership = urls.length > 0
    ? new Membership({
      client: new FailoverClient(
        urls.map((url) =>
          new SwitchboardClient(url, options.token, options.requestTimeoutMs ?? 5_000, clock)
        ),
        {
          moved: (from, to, why) =>
            nodeReporter.failure(`switchboard node ${from}`, why, `moving on to ${to}`),
          answered: (url) => nodeReporter.success(`switchboard node ${url}`),
        },
      ),
      spec,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 5_000,
      clock,
      backoff: { ...defaultBackoff, ...options.registerBackoff },
      reporter: new FailureReporter(logger),
      load: () => {
        const cpu = cpuPercent();
        return {
          sessions: tracker.count,
          ...(cpu === undefined ? {} : { cpu }),
          ...options.load?.(),
        };
      },
    })
    : undefined;
  membership?.start();
  const registered = membership?.registered ??
    Promise.reject(new Error("standalone agent: no switchboardUrl"));
  registered.catch(() => {});

  let stopping: Promise<void> | undefined;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => finish = resolve);
  const stopOnce = (stopOptions?: { drainTimeoutMs?: number }) => stopping ??= stop(stopOptions);
  const uninstallSignals = options.handleSignals
    ? stopOnSignals(() => stopOnce(), logger)
    : () => {};

  async function stop(stopOptions: { drainTimeoutMs?: number } = {}): Promise<void> {
    const drainTimeoutMs = stopOptions.drainTimeoutMs ?? options.drainTimeoutMs ?? 10_000;
    // Order matters: refuse new dials and tell Switchboard first, so no session is
    // routed here while the old ones finish; deregister only once they are gone.
    tracker.draining = true;
    tracker.closeIdle(1001, "agent draining");
    // Switchboard is told a deadline well before ours: at it the edge moves the sessions
    // still here to other agents (session.rebound), so clients keep them; only what is
    // left when our own wait ends is closed.
    await membership?.drain(Math.max(1, Math.floor((drainTimeoutMs * 0.6) / 1000)));
    if (!(await tracker.waitEmpty(drainTimeoutMs))) {
      logger.warn("drain deadline passed; closing remaining sessions", { sessions: tracker.count });
      await tracker.closeAll(1001, "agent shutting down", 2_000);
    }
    await membership?.leave();
    await server.shutdown();
    uninstallSignals();
    logger.info("stopped");
    finish();
  }

  logger.info("listening", { url: `ws://${urlHost(advertiseHost)}:${port}${path}`, pool });
  return {
    hostname,
    port,
    url: `ws://${urlHost(advertiseHost)}:${port}${path}`,
    get id() {
      return membership?.id ?? options.id;
    },
    registered,
    sessionCount: () => tracker.count,
    stop: stopOnce,
    finished,
  };
}
