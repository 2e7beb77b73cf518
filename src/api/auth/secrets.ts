import { signToken } from "./jwt.ts";

export interface EmbeddedSecrets {
  jwtSecret: string;
  /** Where the admin credential was written, for the start banner. */
  adminTokenFile: string;
}

function randomSecret(bytes = 32): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw)).replace(
    /[+/=]/g,
    (c) => ({ "+": "-", "/": "_", "=": "" })[c]!,
  );
}

async function readOrCreate(path: string, make: () => string | Promise<string>): Promise<string> {
  try {
    return (await Deno.readTextFile(path)).trim();
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    const value = await make();
    await Deno.writeTextFile(path, value + "\n", { mode: 0o600 });
    return value;
  }
}

/**
 * Embedded mode with no SWITCHBOARD_JWT_SECRET: a random secret is kept in
 * the data directory (so tokens survive restarts) and an admin token minted
 * from it is written beside it, readable only by the owner.
 */
export async function embeddedSecrets(dataDir: string): Promise<EmbeddedSecrets> {
  await Deno.mkdir(dataDir, { recursive: true });
  const jwtSecret = await readOrCreate(`${dataDir}/jwt-secret`, () => randomSecret());
  const adminTokenFile = `${dataDir}/admin-token`;
  const year = 365 * 24 * 3600;
  await readOrCreate(
    adminTokenFile,
    () => signToken(jwtSecret, { sub: "admin", roles: ["admin"] }, year),
  );
  return { jwtSecret, adminTokenFile };
}
