import { AlertRuleSpec, type RecordedEvent } from "../../../events/mod.ts";
import type { Logger } from "../../telemetry/log.ts";
import type { AlertRuleCommandClient } from "../commands/clients.ts";

/** The old config's metric names that were renamed. */
const RENAMED: Record<string, string> = { projection_lag: "projection_lag_ms" };

/**
 * Alert rules used to live in the runtime config (`alertRules`). The config
 * no longer has them, but old `config.changed` events still do: this
 * listener keeps the last config's list as recorded, and `migrate` turns each
 * into a rule resource. The rule actor's `migrate` creates a rule only if its
 * id never held one, so running it at every start, on every node, is safe,
 * and a migrated rule deleted since stays deleted.
 */
export class LegacyConfigRules {
  #rules: unknown[] = [];

  readonly apply = (event: RecordedEvent): void => {
    if (event.type !== "config.changed") return;
    const config = (event.data as { config?: Record<string, unknown> }).config;
    const rules = config?.["alertRules"];
    this.#rules = Array.isArray(rules) ? rules : [];
  };

  get found(): number {
    return this.#rules.length;
  }

  async migrate(
    rules: AlertRuleCommandClient,
    log?: Logger,
    exists: (id: string) => boolean = () => false,
    /** Read-your-writes: resolves once this node's views include `position`. */
    caughtUpTo: (position: number) => Promise<unknown> = () => Promise.resolve(),
  ): Promise<number> {
    let migrated = 0;
    let last = 0;
    for (const raw of this.#rules) {
      const { id, ...fields } = (raw ?? {}) as Record<string, unknown>;
      if (typeof fields.metric === "string") {
        fields.metric = RENAMED[fields.metric] ?? fields.metric;
      }
      const parsed = AlertRuleSpec.safeParse(fields);
      if (typeof id !== "string" || !parsed.success) {
        log?.warn("alert rule in the config not migrated: invalid", { id, rule: raw });
        continue;
      }
      if (exists(id)) continue;
      try {
        const reply = await rules.migrate(id, { rule: parsed.data }, {
          commandId: `migrate-config-rule-${id}`,
          metadata: { principal: { sub: "config-migration", roles: [] } },
        });
        if (reply.events.length > 0) migrated++;
        last = Math.max(last, reply.events.at(-1)?.position ?? 0);
      } catch (error) {
        log?.warn("alert rule in the config not migrated", { id, error });
      }
    }
    if (last > 0) await caughtUpTo(last);
    if (migrated > 0) log?.info("alert rules migrated from the config", { migrated });
    return migrated;
  }
}
