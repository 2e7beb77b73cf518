import { dirname, join, resolve } from "node:path";

/** The repository's root, for tests that read the source as text (layers, sleeps, commands). */
export const repoRoot = resolve(dirname(new URL(import.meta.url).pathname), "../..");

/** Every file below `tops` (folders relative to the root), sorted, as absolute paths. */
export function filesUnder(tops: readonly string[], endsWith = ".ts"): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of Deno.readDirSync(dir)) {
      const path = join(dir, entry.name);
      if (entry.isDirectory) walk(path);
      else if (entry.name.endsWith(endsWith)) found.push(path);
    }
  };
  for (const top of tops) walk(join(repoRoot, top));
  return found.sort();
}
