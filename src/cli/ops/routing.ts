import { type Command, Option } from "commander";
import type { CommandIo } from "../replay.ts";
import { action, integer, type Outcome } from "./define.ts";
import { readDocument } from "./files.ts";
import { type Column, shortId } from "./output.ts";
import { usageError } from "./cli-error.ts";

interface PolicyRow {
  capability: string;
  policy: {
    strategy: string;
    sticky: boolean;
    failover: boolean;
    fallbackCapability?: string;
    retryAfterSeconds: number;
  };
}

const columns: Column<PolicyRow>[] = [
  { header: "capability", cell: (r) => r.capability },
  { header: "strategy", cell: (r) => r.policy.strategy },
  { header: "sticky", cell: (r) => String(r.policy.sticky) },
  { header: "failover", cell: (r) => String(r.policy.failover) },
  { header: "fallback", cell: (r) => r.policy.fallbackCapability ?? "-" },
  { header: "retry after", cell: (r) => `${r.policy.retryAfterSeconds}s` },
];

/** What `POST /routing/dry-run` answers (the notify branch's routing-dry-run.ts). */
interface DryRun {
  capability: string;
  policy: PolicyRow["policy"];
  sessions: number;
  summary: {
    changed: number;
    unchanged: number;
    unroutable: number;
    before: Record<string, number>;
    after: Record<string, number>;
  };
}

/** `routing get|set|dry-run`. */
export function routingNoun(program: Command, io: CommandIo, outcome: Outcome): void {
  const routing = program.command("routing").description("routing policy per capability");
  const act = (fn: Parameters<typeof action>[2]) => action(io, outcome, fn);

  routing.command("get").description("every capability's policy, or one's")
    .argument("[capability]").action(act(async (run, capability?: string) => {
      const api = await run.api();
      const answer = await api.get<{ strategies: string[]; items: PolicyRow[] }>("/routing");
      const items = capability
        ? answer.items.filter((i) => i.capability === capability)
        : answer.items;
      if (capability && items.length === 0) {
        run.io.stderr(`routing: no agent or policy has capability '${capability}'\n`);
        return 1;
      }
      if (run.format === "table") {
        run.io.stdout(run.list(items, columns));
        run.io.stdout(run.style.dim(`strategies: ${answer.strategies.join(", ")}`) + "\n");
      } else {
        run.io.stdout(run.list(items, columns, capability ? items[0] : answer));
      }
      return 0;
    }));

  routing.command("set").description(
    "change a capability's policy (unnamed fields keep their value)",
  )
    .argument("<capability>")
    .option("--strategy <name>", "round-robin, weighted-round-robin, least-connections, ...")
    .addOption(new Option("--sticky <bool>").choices(["true", "false"]))
    .addOption(new Option("--failover <bool>").choices(["true", "false"]))
    .option("--fallback <capability>", "try this capability when none is healthy")
    .option("--retry-after <seconds>", "busy answer's retry-after", integer(1, 3600))
    .option("-f, --file <file>", "the whole policy from a JSON or YAML file")
    .action(act(async (run, capability: string, options) => {
      const api = await run.api();
      const current = await api.get<{ items: PolicyRow[] }>("/routing");
      const base = options.file
        ? await readDocument(options.file)
        : current.items.find((i) => i.capability === capability)?.policy ?? {};
      if (typeof base !== "object" || base === null) {
        throw usageError(`${options.file}: expected a policy object`);
      }
      const policy = {
        ...base,
        ...(options.strategy ? { strategy: options.strategy } : {}),
        ...(options.sticky ? { sticky: options.sticky === "true" } : {}),
        ...(options.failover ? { failover: options.failover === "true" } : {}),
        ...(options.fallback ? { fallbackCapability: options.fallback } : {}),
        ...(options.retryAfter ? { retryAfterSeconds: options.retryAfter } : {}),
      };
      const answer = await api.json<PolicyRow>("PUT", "/routing", { body: { capability, policy } });
      run.io.stdout(run.format === "table" ? run.list([answer], columns) : run.one(answer));
    }));

  routing.command("dry-run")
    .description(
      "how recent sessions would have been routed under another policy (nothing changes)",
    )
    .argument("<capability>")
    .option("--strategy <name>", "the strategy to try")
    .addOption(new Option("--sticky <bool>").choices(["true", "false"]))
    .addOption(new Option("--failover <bool>").choices(["true", "false"]))
    .option("--limit <n>", "how many recent sessions", integer(1, 1000), 100)
    .action(act(async (run, capability: string, options) => {
      const api = await run.api();
      const current = await api.get<{ items: PolicyRow[] }>("/routing");
      const base = current.items.find((i) => i.capability === capability)?.policy ?? {};
      const policy = {
        ...base,
        ...(options.strategy ? { strategy: options.strategy } : {}),
        ...(options.sticky ? { sticky: options.sticky === "true" } : {}),
        ...(options.failover ? { failover: options.failover === "true" } : {}),
      };
      const answer = await api.json<DryRun>("POST", "/routing/dry-run", {
        body: { capability, policy, limit: options.limit },
      });
      if (run.format !== "table") return run.io.stdout(run.one(answer));
      const { summary } = answer;
      run.io.stdout(
        `${answer.sessions} recent sessions of ${capability} under ${answer.policy.strategy}: ` +
          `${summary.changed} would move, ${summary.unchanged} stay, ` +
          `${summary.unroutable} would find no agent\n`,
      );
      const agents = [...new Set([...Object.keys(summary.before), ...Object.keys(summary.after)])]
        .sort().map((agent) => ({
          agent,
          before: summary.before[agent] ?? 0,
          after: summary.after[agent] ?? 0,
        }));
      run.io.stdout(run.list(agents, [
        { header: "agent", cell: (r) => shortId(r.agent) },
        { header: "sessions now", cell: (r) => String(r.before) },
        { header: "under the policy", cell: (r) => String(r.after) },
      ]));
    }));
}
