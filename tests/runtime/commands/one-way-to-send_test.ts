import assert from "node:assert/strict";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "../../..");

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of Deno.readDirSync(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory) found.push(...filesUnder(path));
    else if (entry.name.endsWith(".ts")) found.push(path);
  }
  return found;
}

/** Where commands may touch the log and the dispatcher directly: the runtime and the bus. */
const transport = ["src/runtime/", "src/bus/"];

Deno.test("one way to send: outside the runtime and the bus, no command log is published to or sent on directly", () => {
  const offenders: string[] = [];
  for (const file of filesUnder(join(root, "src"))) {
    const path = relative(root, file);
    if (transport.some((dir) => path.startsWith(dir))) continue;
    const text = Deno.readTextFileSync(file);
    if (/commandLog\s*\.\s*(publish|send)\s*\(/i.test(text)) offenders.push(path);
  }
  assert.deepEqual(offenders, []);
});

Deno.test("one way to send: outside the runtime, commands are not built by hand as {actorType, …}", () => {
  const offenders: string[] = [];
  for (const file of filesUnder(join(root, "src"))) {
    const path = relative(root, file);
    if (transport.some((dir) => path.startsWith(dir))) continue;
    const text = Deno.readTextFileSync(file);
    if (/\bactorType:\s*["']/.test(text)) offenders.push(path);
  }
  assert.deepEqual(offenders, []);
});
