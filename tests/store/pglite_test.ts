import assert from "node:assert/strict";
import { PGlite } from "@electric-sql/pglite";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { eventStoreContract } from "./event-store.contract.ts";
import { counted, testCatalogue } from "./test-catalogue.ts";

// Every space is one in-memory PGlite; stores on it share that instance.
eventStoreContract({
  name: "pglite",
  ignore: false,
  createSpace() {
    const pglite = new PGlite();
    return Promise.resolve({
      open: (catalogue) => pgliteEventStore({ pglite, catalogue }),
      drop: () => pglite.close(),
    });
  },
});

Deno.test("pglite store: a data directory keeps events across restarts", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "sb_pglite_" });
  try {
    const first = await pgliteEventStore({
      dataDir: `${dataDir}/pglite`,
      catalogue: testCatalogue,
    });
    await first.append("s", [counted(1), counted(2)]);
    await first.close();
    const second = await pgliteEventStore({
      dataDir: `${dataDir}/pglite`,
      catalogue: testCatalogue,
    });
    try {
      assert.deepEqual((await second.readStream("s")).map((e) => e.data), [{ n: 1 }, { n: 2 }]);
      assert.deepEqual((await second.append("s", [counted(3)])).versions, [3]);
    } finally {
      await second.close();
    }
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("pglite store: a schema name must be a plain identifier", async () => {
  await assert.rejects(
    pgliteEventStore({ schema: "x; drop table y" }),
    /invalid store schema name/,
  );
  await assert.rejects(pgliteEventStore({ schema: "Upper" }), /invalid store schema name/);
});
