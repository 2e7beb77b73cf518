import type { RuntimeConfig } from "../../actors/config/runtime-config.ts";
import type { startNodeWithFleet } from "./fleet.ts";

/** Edits the node's runtime config through the API, as an admin would. */
export async function putConfig(
  sb: Awaited<ReturnType<typeof startNodeWithFleet>>,
  edit: (config: RuntimeConfig) => void,
) {
  const admin = await sb.t.token("root", ["admin"]);
  const current = await (await sb.t.call("/api/v1/config", { token: admin })).json();
  edit(current.config);
  const res = await sb.t.call("/api/v1/config", {
    method: "PUT",
    token: admin,
    body: JSON.stringify({ config: current.config, expectedVersion: current.version }),
  });
  return { status: res.status, body: await res.json() };
}
