import { SecretBox } from "./secret-box.ts";

/**
 * Secrets the node keeps on disk (the embedded JWT secret, the dial signing
 * key), encrypted at rest with AES-GCM when SWITCHBOARD_DATA_KEY is set.
 * The file's name is the associated data, so a sealed secret cannot be
 * swapped for another. A plaintext file left from before the key was set
 * is sealed on first read.
 */
export class SecretFiles {
  private constructor(private readonly box: SecretBox | undefined) {}

  static async fromEnv(dataKey: string | undefined): Promise<SecretFiles> {
    return new SecretFiles(dataKey ? await SecretBox.fromEnv(dataKey) : undefined);
  }

  get encrypted(): boolean {
    return this.box !== undefined;
  }

  /** The secret in `path`, or `make()`'s value written there (mode 0600) when absent. */
  async readOrCreate(path: string, make: () => string | Promise<string>): Promise<string> {
    const name = path.split("/").at(-1)!;
    let stored: string | undefined;
    try {
      stored = (await Deno.readTextFile(path)).trim();
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
    if (stored === undefined) {
      const value = await make();
      await this.#write(path, name, value);
      return value;
    }
    if (!this.box) return stored;
    if (!stored.startsWith("v1.")) {
      await this.#write(path, name, stored);
      return stored;
    }
    const value = await this.box.open(stored, name);
    if (this.box.needsReseal(stored)) await this.#write(path, name, value);
    return value;
  }

  /** The secret in `path`, or undefined when there is none (nothing is created). */
  async read(path: string): Promise<string | undefined> {
    const exists = await Deno.stat(path).then(() => true, () => false);
    if (!exists) return undefined;
    if (!this.box && (await Deno.readTextFile(path)).startsWith("v1.")) {
      throw new Error(`${path} is sealed: set SWITCHBOARD_DATA_KEY to the node's key to read it`);
    }
    return await this.readOrCreate(path, () => {
      throw new Deno.errors.NotFound(path);
    });
  }

  async #write(path: string, name: string, value: string): Promise<void> {
    const text = this.box ? await this.box.seal(value, name) : value;
    await Deno.writeTextFile(path, text + "\n", { mode: 0o600 });
  }
}
