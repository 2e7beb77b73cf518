import { z } from "zod";
import { EventCatalogue } from "../../events/catalogue.ts";

/**
 * Event types for store tests only, so the contract does not depend on the
 * domain catalogue as it evolves. `counter.renamed` exists in v1 and v2
 * (v2 split `name` into `first`/`last`) to test upcasting on read.
 */
const Counted = z.object({ n: z.number().int(), note: z.string().optional() });
const Reset = z.object({ reason: z.string().min(1) });
const RenamedV1 = z.object({ name: z.string() });
const RenamedV2 = z.object({ first: z.string(), last: z.string() });

export const testCatalogue = new EventCatalogue({
  "counter.counted": { schemaVersion: 1, schema: Counted },
  "counter.reset": { schemaVersion: 1, schema: Reset },
  "counter.renamed": { schemaVersion: 1, schema: RenamedV1 },
});

export const testCatalogueV2 = new EventCatalogue({
  "counter.counted": { schemaVersion: 1, schema: Counted },
  "counter.reset": { schemaVersion: 1, schema: Reset },
  "counter.renamed": {
    schemaVersion: 2,
    schema: RenamedV2,
    upcasters: {
      1: (data: unknown) => {
        const { name } = RenamedV1.parse(data);
        const [first = "", ...rest] = name.split(" ");
        return { first, last: rest.join(" ") };
      },
    },
  },
});

export const counted = (n: number, note?: string) => ({
  type: "counter.counted",
  data: note === undefined ? { n } : { n, note },
});
