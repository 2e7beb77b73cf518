import { Argument, type Command } from "commander";
import type { CommandIo } from "../replay.ts";
import { action, allPages, integer, type Outcome, watchable, watchOf } from "./define.ts";
import { type Column, relativeTime, shortId } from "./output.ts";

/** The fields of GET /agents the table shows. */
export interface AgentRow {
  id: string;
  name: string;
  host: string;
  port: number;
  status: string;
  capabilities: string[];
  version?: string;
  weight?: number;
  currentSessions: number;
  maxSessions?: number;
  lastHeartbeatAt?: string;
  registeredAt: string;
  maintenance?: boolean;
}

export const agentColumns: Column<AgentRow>[] = [
  { header: "id", cell: (a) => shortId(a.id) },
  { header: "name", cell: (a) => a.name },
  { header: "status", cell: (a, s) => s.status(a.maintenance ? "maintenance" : a.status) },
  { header: "capabilities", cell: (a) => a.capabilities.join(",") },
  {
    header: "sessions",
    cell: (a) => `${a.currentSessions}${a.maxSessions ? `/${a.maxSessions}` : ""}`,
  },
  { header: "weight", cell: (a) => String(a.weight ?? "-") },
  { header: "version", cell: (a) => a.version ?? "-" },
  { header: "heartbeat", cell: (a) => relativeTime(a.lastHeartbeatAt) },
  { header: "address", cell: (a) => `${a.host}:${a.port}` },
];

/** `agents ls|show|drain|undrain|maintenance|eject|rm|weight`. */
export function agentsNoun(program: Command, io: CommandIo, outcome: Outcome): void {
  const agents = program.command("agents").description("the agent registry: list, inspect, steer");
  const act = (fn: Parameters<typeof action>[2]) => action(io, outcome, fn);

  watchable(
    agents.command("ls").description("list agents")
      .option(
        "--status <status>",
        "only this status (healthy, suspect, unhealthy, draining, deregistered)",
      )
      .option("--capability <capability>", "only agents with this capability"),
  ).action(act(async (run, options) => {
    const api = await run.api();
    await run.show(async () => {
      const items = await allPages<AgentRow>((cursor) =>
        api.get("/agents", {
          status: options.status,
          capability: options.capability,
          limit: 1000,
          cursor,
        })
      );
      return run.list(items, agentColumns);
    }, watchOf(options));
  }));

  agents.command("show").description("one agent, with its load and version history")
    .argument("<id>", "the agent's id").action(act(async (run, id: string) => {
      const api = await run.api();
      const agent = await api.get<Record<string, unknown> & AgentRow>(
        `/agents/${encodeURIComponent(id)}`,
      );
      const { versions: _v, load, ...rest } = agent as Record<string, unknown>;
      run.io.stdout(run.one(agent, {
        ...rest,
        lastHeartbeatAt: `${agent.lastHeartbeatAt ?? "-"} (${relativeTime(agent.lastHeartbeatAt)})`,
        registeredAt: `${agent.registeredAt} (${relativeTime(agent.registeredAt)})`,
        load,
      }));
    }));

  agents.command("drain").description("no new sessions; existing ones stay (until --deadline)")
    .argument("<id>")
    .option(
      "--deadline <seconds>",
      "move remaining sessions off after this long",
      integer(0, 604_800),
    )
    .action(act(async (run, id: string, options) => {
      const api = await run.api();
      const answer = await api.json("POST", `/agents/${encodeURIComponent(id)}/drain`, {
        body: options.deadline === undefined ? {} : { deadlineSeconds: options.deadline },
      });
      run.io.stdout(run.done(`agent ${id} draining`, answer));
    }));

  agents.command("undrain").description("take new sessions again").argument("<id>")
    .action(act(async (run, id: string) => {
      const api = await run.api();
      const answer = await api.json("POST", `/agents/${encodeURIComponent(id)}/undrain`, {
        body: {},
      });
      run.io.stdout(run.done(`agent ${id} takes new sessions again`, answer));
    }));

  agents.command("maintenance").description("maintenance mode on or off (no new sessions while on)")
    .argument("<id>").addArgument(new Argument("<state>").choices(["on", "off"]))
    .action(act(async (run, id: string, state: "on" | "off") => {
      const api = await run.api();
      const answer = await api.json("POST", `/agents/${encodeURIComponent(id)}/maintenance`, {
        body: { on: state === "on" },
      });
      run.io.stdout(run.done(`agent ${id} maintenance ${state}`, answer));
    }));

  agents.command("eject").description("take an agent out of rotation now, as if it had failed")
    .argument("<id>").option("--reason <text>", "recorded with the ejection")
    .action(act(async (run, id: string, options) => {
      const api = await run.api();
      const answer = await api.json("POST", `/agents/${encodeURIComponent(id)}/eject`, {
        body: options.reason ? { reason: options.reason } : {},
      });
      run.io.stdout(run.done(`agent ${id} ejected`, answer));
    }));

  agents.command("rm").description("deregister an agent").argument("<id>")
    .action(act(async (run, id: string) => {
      const api = await run.api();
      const answer = await api.json("DELETE", `/agents/${encodeURIComponent(id)}`);
      run.io.stdout(run.done(`agent ${id} deregistered`, answer));
    }));

  agents.command("weight").description("set an agent's routing weight (0-1000)")
    .argument("<id>").argument("<weight>", "0-1000", integer(0, 1000))
    .action(act(async (run, id: string, weight: number) => {
      const api = await run.api();
      const answer = await api.json("POST", `/agents/${encodeURIComponent(id)}/weight`, {
        body: { weight },
      });
      run.io.stdout(run.done(`agent ${id} weight ${weight}`, answer));
    }));
}
