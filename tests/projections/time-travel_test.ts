import assert from "node:assert/strict";
import { sql } from "kysely";
import { startProjections } from "../../projections/mod.ts";
import { createReadModels } from "../../projections/read-models.ts";
import { registryProjection } from "../../projections/registry/mod.ts";
import { eachBackend } from "./backends.ts";
import { Driver } from "./driver.ts";

eachBackend(
  "time travel: the registry as it stood at a position, from a throw-away set",
  async ({ store, space }) => {
    const fleet = new Driver(store);
    await fleet.register("a1", 0, { weight: 1 });
    const { positions: [afterA1] } = await fleet.send("agent", "a1", "setWeight", { weight: 5 }, 1);
    await fleet.register("a2", 2);
    await fleet.send("agent", "a1", "setWeight", { weight: 9 }, 3);
    await fleet.send("agent", "a2", "drain", {}, 4);

    const running = await startProjections(store, space, { projections: [registryProjection] });
    try {
      await running.caughtUp();
      const models = createReadModels(store, space);
      const past = await models.agentsAt(afterA1!, { limit: 10 });
      assert.equal(past.position, afterA1);
      assert.deepEqual(past.items.map((a) => [a.id, a.weight, a.status]), [["a1", 5, "healthy"]]);
      const now = await models.listAgents({ limit: 10 });
      assert.deepEqual(now.items.map((a) => [a.id, a.weight, a.status]), [
        ["a1", 9, "healthy"],
        ["a2", 1, "draining"],
      ]);
      const beyond = await models.agentsAt(1_000_000, { limit: 10 });
      assert.equal(beyond.position, await store.headPosition());
      assert.equal(beyond.items.length, 2);

      // Nothing is left behind: only the live set remains.
      const { rows } = await sql<{ nspname: string }>`
      SELECT nspname FROM pg_namespace WHERE nspname LIKE ${space.base + "\\_registry\\_%"}`
        .execute(space.database.db);
      assert.equal(rows.length, 1);
    } finally {
      await running.stop();
    }
  },
);
