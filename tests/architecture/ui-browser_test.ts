import assert from "node:assert/strict";
import { dirname, join, relative, resolve } from "node:path";
import { filesUnder, repoRoot as root } from "../support/source-tree.ts";

/**
 * The browser half of src/ui (src/ui/app) is bundled for Chromium, not run
 * by Deno: it may import only itself and the npm packages of deno.json,
 * never the node's code (which would drag Deno APIs, zod schemas or
 * secrets into the page). The node side of src/ui serves the bundle.
 */
const app = join(root, "src/ui/app");

function relativeImports(file: string): string[] {
  const text = Deno.readTextFileSync(file);
  return [...text.matchAll(/(?:^|\s)(?:import|export)\b[^"'`;]*?["'](\.{1,2}\/[^"']+)["']/g)]
    .map((m) => resolve(dirname(file), m[1]!));
}

Deno.test("ui: the browser code imports nothing outside src/ui/app", () => {
  const files = filesUnder(["src/ui/app"]);
  assert.ok(files.length > 10, `found the browser code (${files.length} files)`);
  const outside = files.flatMap((file) =>
    relativeImports(file).filter((target) => !target.startsWith(app + "/"))
      .map((target) => `${relative(root, file)} imports ${relative(root, target)}`)
  );
  assert.deepEqual(outside, []);
});

Deno.test("ui: the browser code uses no Deno API", () => {
  const uses = filesUnder(["src/ui/app"]).filter((file) =>
    /\bDeno\./.test(Deno.readTextFileSync(file))
  ).map((file) => relative(root, file));
  assert.deepEqual(uses, []);
});
