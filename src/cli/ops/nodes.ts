import type { Command } from "commander";
import type { CommandIo } from "../replay.ts";
import { action, type Outcome, watchable, watchOf } from "./define.ts";
import { type Column, relativeTime } from "./output.ts";

interface NodeRow {
  id: string;
  address: string | null;
  version: string | null;
  startedAt: string | null;
  lastSeen: string;
  partitions: number[];
  sessions: number;
  self: boolean;
}

/** [0,1,2,5,7,8] → "0-2,5,7-8". */
export function ranges(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length;) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(i === j ? `${ns[i]}` : `${ns[i]}-${ns[j]}`);
    i = j + 1;
  }
  return out.join(",") || "-";
}

const columns: Column<NodeRow>[] = [
  { header: "id", cell: (n, s) => n.self ? s.bold(`${n.id}*`) : n.id },
  { header: "address", cell: (n) => n.address ?? "-" },
  { header: "version", cell: (n) => n.version ?? "-" },
  { header: "started", cell: (n) => relativeTime(n.startedAt) },
  { header: "last seen", cell: (n) => relativeTime(n.lastSeen) },
  { header: "partitions", cell: (n) => `${n.partitions.length} (${ranges(n.partitions)})` },
  { header: "sessions", cell: (n) => String(n.sessions) },
];

/** `nodes ls`: the cluster's live nodes (* marks the one that answered). */
export function nodesNoun(program: Command, io: CommandIo, outcome: Outcome): void {
  const nodes = program.command("nodes").description("the cluster's nodes");
  watchable(nodes.command("ls").description("live nodes, their partitions and sessions"))
    .action(action(io, outcome, async (run, options) => {
      const api = await run.api();
      await run.show(async () => {
        const answer = await api.get<{ items: NodeRow[] }>("/nodes");
        return run.list(answer.items, columns, answer);
      }, watchOf(options));
    }));
}
