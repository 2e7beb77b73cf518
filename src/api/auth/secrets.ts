import { randomToken } from "./digest.ts";

async function readOrCreate(path: string, make: () => string): Promise<string> {
  try {
    return (await Deno.readTextFile(path)).trim();
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    const value = make();
    await Deno.writeTextFile(path, value + "\n", { mode: 0o600 });
    return value;
  }
}

/**
 * Embedded mode with no SWITCHBOARD_JWT_SECRET: a random HS256 secret kept
 * in the data directory (readable only by the owner), so tokens survive
 * restarts.
 */
export async function embeddedJwtSecret(dataDir: string): Promise<string> {
  await Deno.mkdir(dataDir, { recursive: true });
  return await readOrCreate(`${dataDir}/jwt-secret`, () => randomToken(32));
}
