import { Hono } from "hono";
import { z } from "zod";
import { Capability, Id } from "../../../events/mod.ts";
import type { ApiKeyCommandClient } from "../../runtime/commands/clients.ts";
import { type ApiKeyRegistry, newApiKey } from "../../auth/api-keys.ts";
import { sha256Hex } from "../../auth/digest.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { Role } from "../../auth/roles.ts";
import { commandError } from "../command-errors.ts";
import { ApiError, jsonBody, parseOr400 } from "../errors.ts";

export const IssueApiKeyBody = z.object({
  name: z.string().min(1).max(200),
  roles: z.array(Role).min(1).max(5),
  capabilities: z.array(Capability).max(64).optional(),
  expiresInSeconds: z.number().int().min(60).max(5 * 365 * 86_400).optional(),
});

/** Issues an API key through its actor; returns the key, which is never shown again. */
export async function issueApiKey(
  apiKeys: ApiKeyCommandClient,
  request: z.infer<typeof IssueApiKeyBody>,
  principal?: { sub: string; roles: string[]; ip?: string },
) {
  const { key, prefix } = newApiKey();
  const keyId = crypto.randomUUID();
  const expiresAt = request.expiresInSeconds
    ? new Date(Date.now() + request.expiresInSeconds * 1000).toISOString()
    : undefined;
  const reply = await apiKeys.issue(keyId, {
    name: request.name,
    hash: await sha256Hex(key),
    prefix,
    roles: request.roles,
    ...(request.capabilities ? { capabilities: request.capabilities } : {}),
    ...(expiresAt ? { expiresAt } : {}),
  }, principal ? { metadata: { principal } } : {});
  return {
    id: keyId,
    key,
    prefix,
    roles: request.roles,
    expiresAt,
    position: reply.events.at(-1)?.position,
  };
}

/** `/api-keys`: admins issue, list and revoke API keys (CONTRACT.md, Auth). */
export function apiKeyRoutes(deps: {
  apiKeys: ApiKeyCommandClient;
  registry: ApiKeyRegistry;
  caughtUpTo: (position: number) => Promise<unknown>;
}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();

  app.post("/api-keys", async (c) => {
    const body = parseOr400(IssueApiKeyBody, await jsonBody(c), "body");
    try {
      const issued = await issueApiKey(deps.apiKeys, body, principalOf(c));
      if (issued.position !== undefined) await deps.caughtUpTo(issued.position);
      const { position: _p, ...shown } = issued;
      return c.json(shown, 201);
    } catch (error) {
      throw commandError(error);
    }
  });

  app.get("/api-keys", (c) => c.json({ items: deps.registry.list() }));

  app.delete("/api-keys/:id", async (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    if (!deps.registry.has(id)) throw new ApiError(404, "not_found", `no API key ${id}`);
    try {
      const reply = await deps.apiKeys.revoke(id, {}, {
        metadata: { principal: principalOf(c) },
      });
      const position = reply.events.at(-1)?.position;
      if (position !== undefined) await deps.caughtUpTo(position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json({ id, revoked: true });
  });
  return app;
}
