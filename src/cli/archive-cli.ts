import { type Config, ConfigError, loadConfig } from "../config/config.ts";
import type { CommandIo } from "./replay.ts";
import { DataDirLockedError } from "../store/data-dir-lock.ts";
import type { StorageOptions } from "./storage.ts";

/** What the backup, restore and hashes commands share on their command lines. */
export interface ToolArgs {
  positionals: string[];
  /** Boolean flags given, e.g. `--json`. */
  flags: Set<string>;
  /** Valued options given, e.g. `--verify-against` → path. */
  values: Map<string, string>;
  storage: StorageOptions;
  config: Config;
}

export interface ToolSpec {
  name: string;
  usage: string;
  booleans?: readonly string[];
  values?: readonly string[];
  /** How many positional arguments the command takes. */
  positionals: number;
}

/**
 * Parses a command line: the command's own flags, the store/views schema
 * overrides, positionals, and the node's configuration flags (everything
 * else, handed to loadConfig, which refuses unknown ones). Returns an exit
 * status instead when there is nothing to run: 0 after --help, 2 after a
 * usage error (said on stderr with the usage).
 */
export function parseToolArgs(args: string[], io: CommandIo, spec: ToolSpec): ToolArgs | number {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`${spec.usage}\n`);
    return 0;
  }
  const parsed = {
    positionals: [] as string[],
    flags: new Set<string>(),
    values: new Map<string, string>(),
    storage: {} as StorageOptions,
  };
  const rest: string[] = [];
  try {
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      const [flag, inline] = arg.split("=", 2) as [string, string | undefined];
      const value = () => {
        const v = inline ?? args[++i];
        if (v === undefined) throw new ConfigError(`option ${flag} needs a value`);
        return v;
      };
      if (!arg.startsWith("-")) parsed.positionals.push(arg);
      else if (spec.booleans?.includes(flag)) parsed.flags.add(flag);
      else if (spec.values?.includes(flag)) parsed.values.set(flag, value());
      else if (flag === "--store-schema") parsed.storage.storeSchema = value();
      else if (flag === "--views-schema") parsed.storage.viewsSchema = value();
      // A configuration flag (or a mistake): loadConfig knows which. All but
      // --no-demo take a value, so the next argument goes with it unless it is a flag.
      else if (inline !== undefined || args[i + 1]?.startsWith("-") !== false) rest.push(arg);
      else rest.push(arg, args[++i]!);
    }
    if (parsed.positionals.length !== spec.positionals) {
      throw new ConfigError(
        spec.positionals === 1
          ? "expected one FILE argument"
          : `expected ${spec.positionals} arguments, got ${parsed.positionals.length}`,
      );
    }
    return { ...parsed, config: loadConfig(io.env, rest) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${spec.name}: ${error.message}\n\n${spec.usage}\n`);
    return 2;
  }
}

/** The store schema a command works on: the flag, else the node's (its namespace). */
export function storeSchemaOf(args: ToolArgs): string {
  return args.storage.storeSchema ?? args.config.namespace;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Says why the storage could not be opened; the exit status: 1 when another
 * process holds the embedded data directory, 2 otherwise (nothing there to open).
 */
export function openFailed(io: CommandIo, command: string, error: unknown): number {
  io.stderr(`${command}: ${messageOf(error)}\n`);
  return error instanceof DataDirLockedError ? 1 : 2;
}
