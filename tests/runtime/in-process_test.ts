import { inProcessCommandLog } from "../../src/bus/in-process/command-log.ts";
import { pgliteEventStore } from "../../src/store/pglite.ts";
import { inProcessLeases } from "../../src/runtime/leases/in-process.ts";
import { actorRuntimeContract } from "./actor-runtime.contract.ts";
import { counterCatalogue } from "./counter-actor.ts";

actorRuntimeContract("in-process + PGlite", false, async () => {
  const store = await pgliteEventStore({ catalogue: counterCatalogue });
  const commandLog = inProcessCommandLog({ partitions: 4, onError: () => {} });
  return {
    store,
    commandLog,
    leases: inProcessLeases(4),
    injectRaw: (actorId, body) => Promise.resolve(void commandLog.appendRaw(actorId, body)),
    async cleanup() {
      await commandLog.close();
      await store.close();
    },
  };
});
