import type { Command } from "commander";
import type { CommandIo } from "../replay.ts";
import { CliError, usageError } from "./cli-error.ts";
import { action, integer, type Outcome } from "./define.ts";
import { parseValue, readDocument } from "./files.ts";
import { type Column, relativeTime, shortId } from "./output.ts";
import type { ApiClient } from "./api-client.ts";

type Json = unknown;
interface ConfigAnswer {
  version: number;
  config: Record<string, Json>;
}

/** One change of the runtime config, from its config.changed event. */
interface ConfigVersion {
  version: number;
  at: string;
  position: number;
  principal: string;
  config: Record<string, Json>;
}

function at(value: Json, path: string): Json {
  let here = value;
  for (const key of path.split(".").filter(Boolean)) {
    if (typeof here !== "object" || here === null || !(key in here)) {
      throw new CliError(`config has no '${path}'`);
    }
    here = (here as Record<string, Json>)[key];
  }
  return here;
}

function withValue(config: Record<string, Json>, path: string, value: Json): Record<string, Json> {
  const keys = path.split(".").filter(Boolean);
  if (keys.length === 0) throw usageError("config set: name a path, e.g. health.ttlSeconds");
  const copy = structuredClone(config);
  let here: Record<string, Json> = copy;
  for (const key of keys.slice(0, -1)) {
    const next = here[key];
    if (typeof next !== "object" || next === null) throw new CliError(`config has no '${path}'`);
    here = next as Record<string, Json>;
  }
  here[keys.at(-1)!] = value;
  return copy;
}

/** Every leaf that differs: `path: old → new`. */
export function diff(before: Json, after: Json, path = ""): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const isObject = (v: Json) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const b = before as Record<string, Json>;
    const a = after as Record<string, Json>;
    return [...new Set([...Object.keys(b), ...Object.keys(a)])].sort().flatMap((key) =>
      diff(b[key], a[key], path ? `${path}.${key}` : key)
    );
  }
  const show = (v: Json) => v === undefined ? "(absent)" : JSON.stringify(v);
  return [`${path || "(root)"}: ${show(before)} → ${show(after)}`];
}

/** The config's history, from the log (every change is a config.changed event). */
async function history(api: ApiClient): Promise<ConfigVersion[]> {
  const response = await api.request("GET", "/events", {
    query: { type: "config.changed", limit: 100_000 },
  });
  const text = await response.text();
  return text.split("\n").filter((l) => l.trim() !== "").map((line) => {
    const e = JSON.parse(line) as {
      position: number;
      data: { version: number; config: Record<string, Json>; at: string };
      metadata?: { principal?: { sub?: string } };
    };
    return {
      version: e.data.version,
      at: e.data.at,
      position: e.position,
      principal: e.metadata?.principal?.sub ?? "-",
      config: e.data.config,
    };
  });
}

const historyColumns: Column<ConfigVersion>[] = [
  { header: "version", cell: (v) => String(v.version) },
  { header: "changed", cell: (v) => relativeTime(v.at) },
  { header: "by", cell: (v) => shortId(v.principal.replace(/^apikey:/, "")) },
  { header: "position", cell: (v) => String(v.position) },
];

/** `config get|set|history|diff|rollback`. */
export function configNoun(program: Command, io: CommandIo, outcome: Outcome): void {
  const config = program.command("config").description("the versioned runtime config");
  const act = (fn: Parameters<typeof action>[2]) => action(io, outcome, fn);

  config.command("get").description("the config (or one path of it, e.g. health.ttlSeconds)")
    .argument("[path]").action(act(async (run, path?: string) => {
      const api = await run.api();
      const answer = await api.get<ConfigAnswer>("/config");
      if (path) {
        const value = at(answer.config, path);
        run.io.stdout(
          run.format === "table"
            ? `${typeof value === "object" ? JSON.stringify(value, null, 2) : String(value)}\n`
            : run.one({ path, value, version: answer.version }),
        );
        return;
      }
      run.io.stdout(
        run.format === "table"
          ? run.one(answer, { version: answer.version, ...answer.config })
          : run.one(answer),
      );
    }));

  config.command("set").description(
    "change one path (config set health.ttlSeconds 20) or all (-f FILE)",
  )
    .argument("[path]").argument("[value]", 'JSON (20, true, ["a"]) or text')
    .option("-f, --file <file>", "the whole config from a JSON or YAML file")
    .action(act(async (run, path: string | undefined, value: string | undefined, options) => {
      const api = await run.api();
      const current = await api.get<ConfigAnswer>("/config");
      let next: Record<string, Json>;
      if (options.file) {
        if (path) throw usageError("config set: give either PATH VALUE or -f FILE");
        const doc = await readDocument(options.file) as Record<string, Json> | null;
        next = (doc && typeof doc === "object" && "config" in doc ? doc.config : doc) as Record<
          string,
          Json
        >;
      } else {
        if (!path || value === undefined) {
          throw usageError("config set: expected PATH VALUE or -f FILE");
        }
        next = withValue(current.config, path, parseValue(value));
      }
      const answer = await api.json<ConfigAnswer>("PUT", "/config", {
        body: { config: next, expectedVersion: current.version },
      });
      const changes = diff(current.config, answer.config);
      run.io.stdout(run.done(
        `config version ${answer.version}${
          changes.length ? `:\n  ${changes.join("\n  ")}` : " (no change)"
        }`,
        answer,
      ));
    }));

  config.command("history").description("every version: when and by whom")
    .action(act(async (run) => {
      const api = await run.api();
      const versions = await history(api);
      run.io.stdout(run.list(versions, historyColumns, {
        items: versions.map(({ config: _c, ...v }) => v),
      }));
    }));

  config.command("diff").description(
    "what changed from one version to another (default: the last change)",
  )
    .argument("[from]", "version", integer(0, 1e9)).argument(
      "[to]",
      "version (default: current)",
      integer(0, 1e9),
    )
    .action(act(async (run, from?: number, to?: number) => {
      const api = await run.api();
      const versions = await history(api);
      const current = versions.at(-1);
      const target = to === undefined ? current : versions.find((v) => v.version === to);
      if (!target) {
        throw new CliError(
          to === undefined ? "the config was never changed" : `no config version ${to}`,
        );
      }
      const base = from === undefined
        ? versions.find((v) => v.version === target.version - 1)
        : versions.find((v) => v.version === from);
      if (from !== undefined && !base) throw new CliError(`no config version ${from}`);
      if (!base) {
        // Version 1's predecessor is the built-in defaults, which the log does not hold.
        throw new CliError(
          `version ${target.version} is the first recorded change: the defaults before it are ` +
            "not in the log; see `config get` (or `config diff 1 N` between recorded versions)",
        );
      }
      const changes = diff(base.config, target.config);
      const answer = { from: base.version, to: target.version, changes };
      run.io.stdout(
        run.format === "table"
          ? `version ${answer.from} → ${answer.to}:\n${
            changes.map((c) => `  ${c}\n`).join("") || "  (no change)\n"
          }`
          : run.one(answer),
      );
    }));

  config.command("rollback").description("make an earlier version current again (a new version)")
    .argument("<version>", "the version to go back to", integer(1, 1e9))
    .action(act(async (run, version: number) => {
      const api = await run.api();
      const versions = await history(api);
      const old = versions.find((v) => v.version === version);
      if (!old) throw new CliError(`no config version ${version} (see \`config history\`)`);
      const current = await api.get<ConfigAnswer>("/config");
      const answer = await api.json<ConfigAnswer>("PUT", "/config", {
        body: { config: old.config, expectedVersion: current.version },
      });
      const changes = diff(current.config, answer.config);
      run.io.stdout(run.done(
        `config version ${answer.version} (= version ${version})${
          changes.length ? `:\n  ${changes.join("\n  ")}` : " (no change)"
        }`,
        answer,
      ));
    }));
}
