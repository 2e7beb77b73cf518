import { randomToken } from "./digest.ts";
import type { SecretFiles } from "../security/secret-file.ts";

/**
 * Embedded mode with no SWITCHBOARD_JWT_SECRET: a random HS256 secret kept
 * in the data directory (readable only by the owner, encrypted at rest when
 * SWITCHBOARD_DATA_KEY is set), so tokens survive restarts.
 */
export async function embeddedJwtSecret(dataDir: string, files: SecretFiles): Promise<string> {
  await Deno.mkdir(dataDir, { recursive: true });
  return await files.readOrCreate(`${dataDir}/jwt-secret`, () => randomToken(32));
}
