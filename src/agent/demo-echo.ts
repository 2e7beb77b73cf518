/**
 * The demo echo agent (capability `echo`, agent type `echo`): every frame
 * goes back unchanged, text as text, binary as binary, in order. It is the
 * agent behind the relay benchmark, so the per-frame path is one call into
 * `socket.send` with the very string or ArrayBuffer Deno delivered.
 *
 * As a process:
 *   deno run -A src/agent/demo-echo.ts --port 8801 --switchboard http://127.0.0.1:9000[,http://…] \
 *     [--token T] [--name echo-1] [--id echo-1]
 * In-process (tests): `await startEchoAgent({ port: 0, switchboardUrl })`.
 */
import { createLogger } from "../telemetry/log.ts";
import { parseEchoFlags } from "./echo-flags.ts";
import { startAgent } from "./sdk.ts";
import { edgeDialVerifier } from "../security/agent-trust.ts";
import type { Agent, AgentOptions, AgentSession } from "./types.ts";

export type EchoAgentOptions = Partial<Omit<AgentOptions, "onSession" | "capabilities">>;

export function echo(session: AgentSession): void {
  session.onMessage((frame) => session.send(frame));
}

export function startEchoAgent(options: EchoAgentOptions = {}): Promise<Agent> {
  return startAgent({
    name: "echo",
    agentType: "echo",
    version: "1.0.0",
    ...options,
    capabilities: ["echo"],
    onSession: echo,
  });
}

if (import.meta.main) {
  const parsed = parseEchoFlags(Deno.args, (name) => Deno.env.get(name));
  if (!parsed.ok) {
    console.error(`demo-echo: ${parsed.message}`);
    Deno.exit(2);
  }
  const { logLevel, exitWithStdin, ...flags } = parsed.flags;
  // With the edge's public key, dials that did not come through an edge are refused.
  const edgePublicKey = Deno.env.get("SWITCHBOARD_EDGE_PUBLIC_KEY");
  // The id the registry gave this agent, known once it has registered.
  const self: { agent?: Agent } = {};
  const agent = await startEchoAgent({
    ...flags,
    ...(edgePublicKey
      ? {
        verifyDial: edgeDialVerifier({
          publicKey: edgePublicKey,
          agentId: () => flags.id ?? self.agent?.id,
        }),
      }
      : {}),
    handleSignals: true,
    drainTimeoutMs: 5_000,
    logger: createLogger(logLevel, flags.name),
  }).catch((error: Error) => {
    // A busy port is an operator's problem: one line, not a stack trace.
    console.error(`demo-echo: cannot start on port ${flags.port}: ${error.message}`);
    Deno.exit(1);
  });
  self.agent = agent;
  if (exitWithStdin) {
    // Reads until EOF, which comes when the parent closes the pipe or dies.
    Deno.stdin.readable.pipeTo(new WritableStream()).catch(() => {}).then(() => agent.stop());
  }
  await agent.finished;
  // The pending stdin read would otherwise keep the process alive.
  Deno.exit(0);
}
