import { Hono } from "hono";
import { z } from "zod";
import { AgentLoad, AgentSpec, Id } from "../../../events/mod.ts";
import type { HealthThresholds } from "../../../actors/agent/commands.ts";
import { type AgentState, agentStatus } from "../../../actors/agent/state.ts";
import type { Accepted } from "../../runtime/dispatch.ts";
import type { AgentCommandClient } from "../../runtime/commands/clients.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { hasRole, type Identity } from "../../auth/roles.ts";
import { commandError } from "../command-errors.ts";
import { ApiError, jsonBody, parseOr400 } from "../errors.ts";

export const RegisterAgentBody = AgentSpec.extend({ id: Id.optional() });
export const HeartbeatBody = AgentLoad;
export const DrainBody = z.object({
  deadlineSeconds: z.number().int().min(0).max(7 * 86_400).optional(),
});

export const MaintenanceBody = z.strictObject({ on: z.boolean() });
export const EjectBody = z.strictObject({ reason: z.string().min(1).max(300).optional() });
export const WeightBody = z.strictObject({ weight: AgentSpec.shape.weight.unwrap() });

export interface AgentCommandDeps {
  agents: AgentCommandClient;
  /** Config's health thresholds, sent with every heartbeat so the actor decides with them. */
  thresholds: () => Partial<HealthThresholds>;
  /** Read-your-writes: resolves when local views include `position`. */
  caughtUpTo?: (position: number) => Promise<unknown>;
  /** The same for the read models (`GET /agents`): resolves when they include `position`. */
  projected?: (position: number) => Promise<unknown>;
  /** The agent as this node's fleet view knows it, to answer with the stored agent. */
  agent?: (id: string) => AgentState | undefined;
}

/** An agent token may act only on its own agent id (its `sub`); operators and admins on any. */
function assertMayActOn(identity: Identity, agentId: string, operatorMay: boolean): void {
  if (hasRole(identity, ...(operatorMay ? ["operator" as const] : []))) return;
  if (identity.roles.includes("agent") && identity.sub === agentId) return;
  throw new ApiError(403, "forbidden", `may not act on agent '${agentId}'`);
}

/**
 * The agent-facing write routes (CONTRACT.md, Agents). Each is one command
 * to the agent actor; the actor decides, this only translates.
 */
export function agentCommandRoutes(deps: AgentCommandDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const agentPath = z.object({ id: Id });

  /**
   * Sends, then waits until this node's views include what the command
   * recorded: an operator's next `agents show` sees the change. Heartbeats,
   * the bulk of the writes, wait only for the routing view.
   */
  async function readable(sent: Promise<Accepted>, readModels = true) {
    try {
      const reply = await sent;
      const last = reply.events.at(-1)?.position;
      if (last !== undefined) {
        await Promise.all([
          deps.caughtUpTo?.(last),
          readModels ? deps.projected?.(last) : undefined,
        ]);
      }
      return reply;
    } catch (error) {
      throw commandError(error);
    }
  }

  app.post("/agents", async (c) => {
    const identity = c.get("identity");
    const body = parseOr400(RegisterAgentBody, await jsonBody(c), "body");
    const isAgentOnly = !hasRole(identity, "operator");
    const id = body.id ?? (isAgentOnly ? identity.sub : crypto.randomUUID());
    if (!Id.safeParse(id).success) {
      throw new ApiError(400, "validation_failed", "body.id: not a valid agent id");
    }
    assertMayActOn(identity, id, false);
    const { id: _ignored, ...spec } = body;
    await readable(deps.agents.register(id, spec, { metadata: { principal: principalOf(c) } }));
    const stored = deps.agent?.(id);
    return c.json({
      id,
      ...(stored?.spec ?? spec),
      status: stored ? agentStatus(stored) : "healthy",
    }, 201);
  });

  app.post("/agents/:id/heartbeat", async (c) => {
    const { id } = parseOr400(agentPath, c.req.param(), "path");
    assertMayActOn(c.get("identity"), id, false);
    const load = parseOr400(HeartbeatBody, await jsonBody(c), "body");
    await readable(
      deps.agents.heartbeat(id, { ...load, thresholds: deps.thresholds() }, {
        metadata: { principal: principalOf(c) },
      }),
      false,
    );
    return c.json({ id, accepted: true });
  });

  app.post("/agents/:id/drain", async (c) => {
    const { id } = parseOr400(agentPath, c.req.param(), "path");
    assertMayActOn(c.get("identity"), id, true);
    const body = parseOr400(DrainBody, await jsonBody(c), "body");
    await readable(deps.agents.drain(id, body, { metadata: { principal: principalOf(c) } }));
    return c.json({ id, status: "draining" }, 202);
  });

  app.post("/agents/:id/undrain", async (c) => {
    const { id } = parseOr400(agentPath, c.req.param(), "path");
    assertMayActOn(c.get("identity"), id, true);
    parseOr400(z.strictObject({}), await jsonBody(c), "body");
    await readable(deps.agents.undrain(id, {}, { metadata: { principal: principalOf(c) } }));
    return c.json({ id, status: deps.agent?.(id) ? agentStatus(deps.agent(id)!) : "healthy" });
  });

  app.post("/agents/:id/maintenance", async (c) => {
    const { id } = parseOr400(agentPath, c.req.param(), "path");
    const { on } = parseOr400(MaintenanceBody, await jsonBody(c), "body");
    await readable(
      deps.agents.setMaintenance(id, { on }, { metadata: { principal: principalOf(c) } }),
    );
    const agent = deps.agent?.(id);
    return c.json({ id, maintenance: on, ...(agent ? { status: agentStatus(agent) } : {}) });
  });

  app.post("/agents/:id/eject", async (c) => {
    const { id } = parseOr400(agentPath, c.req.param(), "path");
    const body = parseOr400(EjectBody, await jsonBody(c), "body");
    const reason = `ejected by ${c.get("identity").sub}${body.reason ? `: ${body.reason}` : ""}`;
    // The same command an edge sends when an agent fails it: out now, back after recovering.
    await readable(
      deps.agents.reportFailure(id, { reason, thresholds: deps.thresholds() }, {
        metadata: { principal: principalOf(c) },
      }),
    );
    const agent = deps.agent?.(id);
    return c.json({ id, ...(agent ? { status: agentStatus(agent) } : {}), reason });
  });

  app.post("/agents/:id/weight", async (c) => {
    const { id } = parseOr400(agentPath, c.req.param(), "path");
    const { weight } = parseOr400(WeightBody, await jsonBody(c), "body");
    await readable(
      deps.agents.setWeight(id, { weight }, { metadata: { principal: principalOf(c) } }),
    );
    return c.json({ id, weight });
  });

  app.delete("/agents/:id", async (c) => {
    const { id } = parseOr400(agentPath, c.req.param(), "path");
    assertMayActOn(c.get("identity"), id, true);
    await readable(
      deps.agents.deregister(id, { reason: `deregistered by ${c.get("identity").sub}` }, {
        metadata: { principal: principalOf(c) },
      }),
    );
    return c.json({ id, status: "deregistered" });
  });

  return app;
}
