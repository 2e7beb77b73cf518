import { exportPKCS8, exportSPKI, generateKeyPair } from "jose";
import type { SecretFiles } from "../security/secret-file.ts";

/** The key pair with which edges sign their dials to agents (agents hold the public half). */
export interface DialKeys {
  privateKeyPem: string;
  publicKeyPem: string;
}

/**
 * Where the edge's dial-signing key comes from. A key pair of its own, not
 * the JWT secret: with the secret an agent could mint admin tokens, and
 * with any shared secret one agent could pose as the edge to another.
 * Embedded mode keeps a generated ES256 pair in the data directory; a
 * cluster reads the private key every node shares from a PEM file and
 * derives nothing else (its agents are given the public key).
 */
export async function loadDialKeys(
  options: { dataDir?: string; privateKeyFile?: string; files: SecretFiles },
): Promise<DialKeys | undefined> {
  if (options.privateKeyFile) {
    const privateKeyPem = await Deno.readTextFile(options.privateKeyFile);
    const publicFile = options.privateKeyFile.replace(/(\.pem)?$/, ".pub.pem");
    const publicKeyPem = await Deno.readTextFile(publicFile).catch(() => "");
    return { privateKeyPem, publicKeyPem };
  }
  if (!options.dataDir) return undefined;
  const privateFile = `${options.dataDir}/dial-key.pem`;
  const publicFile = `${options.dataDir}/dial-key.pub.pem`;
  await Deno.mkdir(options.dataDir, { recursive: true });
  let generated: DialKeys | undefined;
  const privateKeyPem = await options.files.readOrCreate(privateFile, async () => {
    const pair = await generateKeyPair("ES256", { extractable: true });
    generated = {
      privateKeyPem: await exportPKCS8(pair.privateKey),
      publicKeyPem: await exportSPKI(pair.publicKey),
    };
    return generated.privateKeyPem;
  });
  if (generated) await Deno.writeTextFile(publicFile, generated.publicKeyPem, { mode: 0o644 });
  return {
    privateKeyPem,
    publicKeyPem: generated?.publicKeyPem ?? await Deno.readTextFile(publicFile),
  };
}
