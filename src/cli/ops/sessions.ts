import type { Command } from "commander";
import type { CommandIo } from "../replay.ts";
import { action, allPages, fullId, type Outcome, watchable, watchOf } from "./define.ts";
import { type Column, relativeTime, shortId } from "./output.ts";
import type { ApiClient } from "./api-client.ts";

interface SessionRow {
  id: string;
  status: string;
  capability?: string;
  agentType?: string;
  agentId?: string;
  edgeId?: string;
  openedAt: string;
  lastEventAt: string;
  rebinds: number;
  traffic: { framesIn: number; framesOut: number; bytesIn: number; bytesOut: number };
}

const bytes = (n: number) =>
  n < 1024 ? `${n}B` : n < 1 << 20 ? `${(n / 1024).toFixed(1)}K` : `${(n / (1 << 20)).toFixed(1)}M`;

const sessionColumns: Column<SessionRow>[] = [
  { header: "id", cell: (s) => shortId(s.id) },
  { header: "status", cell: (s, style) => style.status(s.status) },
  { header: "capability", cell: (s) => s.capability ?? s.agentType ?? "-" },
  { header: "agent", cell: (s) => shortId(s.agentId) },
  { header: "edge", cell: (s) => s.edgeId ?? "-" },
  { header: "opened", cell: (s) => relativeTime(s.openedAt) },
  { header: "last event", cell: (s) => relativeTime(s.lastEventAt) },
  { header: "rebinds", cell: (s) => String(s.rebinds) },
  { header: "frames in/out", cell: (s) => `${s.traffic.framesIn}/${s.traffic.framesOut}` },
  {
    header: "bytes in/out",
    cell: (s) => `${bytes(s.traffic.bytesIn)}/${bytes(s.traffic.bytesOut)}`,
  },
];

/** The sessions a short id may stand for: the most recent ones, as `sessions ls` shows them. */
function recentSessions(api: ApiClient): Promise<{ id: string }[]> {
  return allPages<{ id: string }>(
    (cursor) => api.get("/sessions", { limit: 1000, cursor }),
    10_000,
  );
}

/** `sessions ls|show|close`. */
export function sessionsNoun(program: Command, io: CommandIo, outcome: Outcome): void {
  const sessions = program.command("sessions").description("client sessions: list, inspect, close");
  const act = (fn: Parameters<typeof action>[2]) => action(io, outcome, fn);

  watchable(
    sessions.command("ls").description("list sessions, newest first")
      .option("--agent <id>", "only sessions of this agent")
      .option("--status <status>", "only this status (active, detached, closed, ...)")
      .option("--capability <name>", "only sessions that asked for this capability")
      .option("--client <id>", "only sessions of this client (its token's sub)")
      .option("--limit <n>", "at most this many", (v) => Number(v), 100),
  ).action(act(async (run, options) => {
    const api = await run.api();
    await run.show(async () => {
      const items = await allPages<SessionRow>((cursor) =>
        api.get("/sessions", {
          agentId: options.agent,
          status: options.status,
          capability: options.capability,
          clientId: options.client,
          limit: Math.min(1000, options.limit),
          cursor,
        }), options.limit);
      return run.list(items.slice(0, options.limit), sessionColumns);
    }, watchOf(options));
  }));

  sessions.command("show").description("one session").argument("<id>")
    .action(act(async (run, short: string) => {
      const api = await run.api();
      const id = await fullId(short, () => recentSessions(api), "session");
      const session = await api.get<Record<string, unknown>>(`/sessions/${encodeURIComponent(id)}`);
      run.io.stdout(run.one(session, {
        ...session,
        openedAt: `${session.openedAt} (${relativeTime(session.openedAt as string)})`,
      }));
    }));

  sessions.command("close").description("end a session (the edge closes the client)")
    .argument("<id>").action(act(async (run, short: string) => {
      const api = await run.api();
      const id = await fullId(short, () => recentSessions(api), "session");
      const answer = await api.json("DELETE", `/sessions/${encodeURIComponent(id)}`);
      run.io.stdout(run.done(`session ${id} closed`, answer));
    }));
}
