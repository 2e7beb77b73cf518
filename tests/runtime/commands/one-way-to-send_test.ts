import assert from "node:assert/strict";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "../../..");

/** Where commands may touch the log and the dispatcher directly: the runtime and the bus. */
const transport = ["src/runtime/", "src/bus/"];

/** The source files outside the runtime and the bus whose text matches `pattern`. */
function filesMatching(pattern: RegExp, dir = join(root, "src")): string[] {
  const found: string[] = [];
  for (const entry of Deno.readDirSync(dir)) {
    const path = join(dir, entry.name);
    if (transport.some((top) => relative(root, path).startsWith(top))) continue;
    if (entry.isDirectory) found.push(...filesMatching(pattern, path));
    else if (entry.name.endsWith(".ts") && pattern.test(Deno.readTextFileSync(path))) {
      found.push(relative(root, path));
    }
  }
  return found;
}

Deno.test("one way to send: outside the runtime and the bus, no command log is published to or sent on directly", () => {
  assert.deepEqual(filesMatching(/commandLog\s*\.\s*(publish|send)\s*\(/i), []);
});

Deno.test("one way to send: outside the runtime and the bus, commands are not built by hand as {actorType, …}", () => {
  assert.deepEqual(filesMatching(/\bactorType:\s*["']/), []);
});
