import { type Command, Option } from "commander";
import type { CommandIo } from "../replay.ts";
import { usageError } from "./cli-error.ts";
import { action, type Outcome, watchable, watchOf } from "./define.ts";
import { collect, keyValues, readDocument } from "./files.ts";
import { type Column, relativeTime, shortId } from "./output.ts";

type Row = Record<string, unknown>;
const str = (v: unknown) =>
  v === undefined || v === null ? "-" : typeof v === "object" ? JSON.stringify(v) : String(v);
const labels = (v: unknown) =>
  v && typeof v === "object"
    ? Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}=${x}`).join(",") || "-"
    : "-";
/** A list answer: `{items}` per CONTRACT.md, or the older `{rules}`. */
const itemsOf = (answer: Row, key = "items"): Row[] =>
  (answer[key] ?? answer.items ?? answer.rules ?? []) as Row[];

const alertColumns: Column<Row>[] = [
  { header: "id", cell: (a) => shortId(a.id as string) },
  {
    header: "state",
    cell: (a, s) => s.status(a.acknowledged || a.ackedAt ? "acknowledged" : str(a.state)),
  },
  { header: "rule", cell: (a) => shortId(a.ruleId as string) },
  { header: "severity", cell: (a) => str(a.severity ?? (a.labels as Row | undefined)?.severity) },
  { header: "value", cell: (a) => str(a.value) },
  { header: "labels", cell: (a) => labels(a.labels) },
  { header: "since", cell: (a) => relativeTime(a.startsAt as string) },
  { header: "ended", cell: (a) => relativeTime(a.endsAt as string) },
];

const ruleColumns: Column<Row>[] = [
  { header: "id", cell: (r) => shortId(r.id as string) },
  { header: "name", cell: (r) => str(r.name) },
  { header: "metric", cell: (r) => str(r.metric) },
  {
    header: "condition",
    cell: (r) => `${str(r.op)} ${str(r.threshold)} for ${str(r.forSeconds)}s`,
  },
  { header: "severity", cell: (r) => str(r.severity) },
  {
    header: "channels",
    cell: (r) => (r.channels as string[] | undefined)?.map(shortId).join(",") || "-",
  },
];

const silenceColumns: Column<Row>[] = [
  { header: "id", cell: (s) => shortId(s.id as string) },
  { header: "matchers", cell: (s) => labels(s.matchers ?? s.labels) },
  { header: "starts", cell: (s) => relativeTime(s.startsAt as string) },
  { header: "ends", cell: (s) => relativeTime(s.endsAt as string) },
  { header: "by", cell: (s) => str(s.createdBy) },
  { header: "comment", cell: (s) => str(s.comment) },
];

const channelColumns: Column<Row>[] = [
  { header: "id", cell: (c) => shortId(c.id as string) },
  { header: "name", cell: (c) => str(c.name) },
  { header: "type", cell: (c) => str(c.type) },
  { header: "url", cell: (c) => str(c.url) },
  { header: "secret", cell: (c) => c.hasSecret || c.secret ? "yes" : "no" },
];

/** "90s", "15m", "2h", "1d" → seconds. */
export function durationSeconds(text: string): number {
  const m = /^(\d+)(s|m|h|d)?$/.exec(text.trim());
  if (!m) throw usageError(`'${text}': expected a duration like 90s, 15m, 2h, 1d`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[(m[2] ?? "s") as "s"];
}

/** `alerts ls|ack`, `rules ls|apply|rm|dry-run`, `silences ls|add|rm`, `channels ls|add|rm`. */
export function alertingNouns(program: Command, io: CommandIo, outcome: Outcome): void {
  const act = (fn: Parameters<typeof action>[2]) => action(io, outcome, fn);
  const id = (v: string) => encodeURIComponent(v);

  const alerts = program.command("alerts").description("alerts raised by the rules");
  watchable(
    alerts.command("ls").description("alerts (firing by default)")
      .addOption(
        new Option("--state <state>").choices(["firing", "resolved", "all"]).default("firing"),
      ),
  ).action(act(async (run, options) => {
    const api = await run.api();
    await run.show(async () => {
      const answer = await api.get<Row>("/alerts", { state: options.state });
      return run.list(itemsOf(answer), alertColumns, answer);
    }, watchOf(options));
  }));
  alerts.command("ack").description("acknowledge an alert").argument("<id>")
    .action(act(async (run, alertId: string) => {
      const answer = await (await run.api()).json("POST", `/alerts/${id(alertId)}/ack`, {
        body: {},
      });
      run.io.stdout(run.done(`alert ${alertId} acknowledged`, answer));
    }));

  const rules = program.command("rules").description("alert rules");
  rules.command("ls").description("alert rules").action(act(async (run) => {
    const answer = await (await run.api()).get<Row>("/alert-rules");
    run.io.stdout(run.list(itemsOf(answer), ruleColumns, answer));
  }));
  rules.command("apply").description(
    "create or replace rules from a JSON or YAML file (one rule or a list)",
  )
    .requiredOption("-f, --file <file>", "the rule(s); `-` reads stdin")
    .action(act(async (run, options) => {
      const api = await run.api();
      const doc = await readDocument(options.file);
      const list =
        (Array.isArray(doc) ? doc : (doc as Row)?.rules ?? (doc as Row)?.items ?? [doc]) as Row[];
      if (list.length === 0 || list.some((r) => typeof r !== "object" || r === null)) {
        throw usageError(`${options.file}: expected a rule object or a list of rules`);
      }
      const applied: Row[] = [];
      for (const rule of list) {
        const answer = rule.id
          ? await api.json<Row>("PUT", `/alert-rules/${id(String(rule.id))}`, { body: rule })
          : await api.json<Row>("POST", "/alert-rules", { body: rule });
        applied.push(answer);
        if (run.format === "table") {
          run.io.stdout(`rule ${shortId(str(answer.id))} (${str(answer.name)}) applied\n`);
        }
      }
      if (run.format !== "table") run.io.stdout(run.one({ items: applied }));
    }));
  rules.command("rm").description("delete a rule").argument("<id>")
    .action(act(async (run, ruleId: string) => {
      const answer = await (await run.api()).json("DELETE", `/alert-rules/${id(ruleId)}`);
      run.io.stdout(run.done(`rule ${ruleId} deleted`, answer));
    }));
  rules.command("dry-run").description("what a rule would have raised over recent history")
    .requiredOption("-f, --file <file>", "the rule (JSON or YAML)")
    .option("--from <time>", "start of the window (ISO time)")
    .option("--to <time>", "end of the window (ISO time)")
    .action(act(async (run, options) => {
      const rule = await readDocument(options.file);
      const answer = await (await run.api()).json<Row>("POST", "/alert-rules/dry-run", {
        body: {
          rule,
          ...(options.from ? { from: options.from } : {}),
          ...(options.to ? { to: options.to } : {}),
        },
      });
      run.io.stdout(run.one(answer));
    }));

  const silences = program.command("silences").description("silences: mute alerts by labels");
  silences.command("ls").description("silences").action(act(async (run) => {
    const answer = await (await run.api()).get<Row>("/silences");
    run.io.stdout(run.list(itemsOf(answer), silenceColumns, answer));
  }));
  silences.command("add").description("mute alerts whose labels match, for a while")
    .requiredOption("-m, --matcher <label=value>", "a label to match (repeat for more)", collect)
    .option("-d, --duration <duration>", "how long (90s, 15m, 2h, 1d)", "1h")
    .option("-c, --comment <text>", "why")
    .action(act(async (run, options) => {
      const startsAt = new Date();
      const endsAt = new Date(startsAt.getTime() + durationSeconds(options.duration) * 1000);
      const answer = await (await run.api()).json<Row>("POST", "/silences", {
        body: {
          matchers: keyValues(options.matcher, "--matcher"),
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          ...(options.comment ? { comment: options.comment } : {}),
        },
      });
      run.io.stdout(run.done(`silence ${str(answer.id)} until ${endsAt.toISOString()}`, answer));
    }));
  silences.command("rm").description("end a silence").argument("<id>")
    .action(act(async (run, silenceId: string) => {
      const answer = await (await run.api()).json("DELETE", `/silences/${id(silenceId)}`);
      run.io.stdout(run.done(`silence ${silenceId} removed`, answer));
    }));

  const channels = program.command("channels").description("notification channels (webhooks)");
  channels.command("ls").description("channels").action(act(async (run) => {
    const answer = await (await run.api()).get<Row>("/notification-channels");
    run.io.stdout(run.list(itemsOf(answer), channelColumns, answer));
  }));
  channels.command("add").description("a webhook that receives alerts (Alertmanager v4 body)")
    .requiredOption("--name <name>").requiredOption("--url <url>")
    .option("--secret <secret>", "signs each delivery (x-switchboard-signature)")
    .action(act(async (run, options) => {
      const answer = await (await run.api()).json<Row>("POST", "/notification-channels", {
        body: {
          name: options.name,
          type: "webhook",
          url: options.url,
          ...(options.secret ? { secret: options.secret } : {}),
        },
      });
      run.io.stdout(run.done(`channel ${str(answer.id)} (${options.name}) added`, answer));
    }));
  channels.command("rm").description("remove a channel").argument("<id>")
    .action(act(async (run, channelId: string) => {
      const answer = await (await run.api()).json(
        "DELETE",
        `/notification-channels/${id(channelId)}`,
      );
      run.io.stdout(run.done(`channel ${channelId} removed`, answer));
    }));
}
