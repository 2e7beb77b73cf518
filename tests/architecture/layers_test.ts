import assert from "node:assert/strict";
import { dirname, join, relative, resolve } from "node:path";
import { filesUnder, repoRoot as root } from "../support/source-tree.ts";

/**
 * The import layers of ARCHITECTURE.md ("Layers"), read from the source:
 * imports only point down, or sideways within a layer; `edge` and `api`
 * never import each other; the shared kernel (auth, security, telemetry,
 * config, clock) imports nothing above it; actors and events nothing from src/.
 */
const rank: Record<string, number> = {
  events: 0,
  actors: 1,
  "src/auth": 2,
  "src/security": 2,
  "src/telemetry": 2,
  "src/config": 2,
  "src/clock": 2,
  "src/store": 3,
  "src/bus": 3,
  "src/runtime": 4,
  projections: 4,
  "src/edge": 5,
  "src/api": 5,
  "src/ui": 5,
  "src/cli": 5,
  "src/agent": 5,
  "src/client": 5,
  "src/node": 6,
  "src/main.ts": 7,
};

/** Sideways pairs that are still forbidden. */
const forbidden = new Set(["src/edge -> src/api", "src/api -> src/edge"]);

function layerOf(path: string): string {
  const parts = relative(root, path).split("/");
  return parts[0] === "src" ? `src/${parts[1]}` : parts[0]!;
}

const sourceFiles = () => filesUnder(["events", "actors", "projections", "src"]);

function importsOf(file: string): string[] {
  const text = Deno.readTextFileSync(file);
  const specifiers = text.matchAll(
    /(?:^|\s)(?:import|export)\b[^"'`;]*?["'](\.{1,2}\/[^"']+)["']/g,
  );
  const dynamic = text.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g);
  return [...specifiers, ...dynamic].map((m) => resolve(dirname(file), m[1]!));
}

function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles()) {
    const from = layerOf(file);
    const fromRank = rank[from];
    if (fromRank === undefined) {
      found.push(`${relative(root, file)}: folder ${from} has no place in the layers`);
      continue;
    }
    for (const target of importsOf(file)) {
      const to = layerOf(target);
      if (to === from) continue;
      const toRank = rank[to];
      const edge = `${from} -> ${to}`;
      if (toRank === undefined || toRank > fromRank || forbidden.has(edge)) {
        found.push(`${relative(root, file)} imports ${relative(root, target)} (${edge})`);
      }
    }
  }
  return found;
}

Deno.test("layers: every import points down or sideways, and edge and api stay apart", () => {
  assert.deepEqual(violations(), []);
});

Deno.test("layers: the reader sees imports (a test that cannot fail is no test)", () => {
  const edge = importsOf(join(root, "src/edge/edge.ts")).map((p) => layerOf(p));
  assert.ok(edge.includes("src/auth"), "src/edge/edge.ts imports src/auth");
  assert.equal(layerOf(join(root, "src/main.ts")), "src/main.ts");
});
