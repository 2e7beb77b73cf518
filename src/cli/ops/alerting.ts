import { type Command, Option } from "commander";
import type { CommandIo } from "../replay.ts";
import { usageError } from "./cli-error.ts";
import { action, fullId, type Outcome, watchable, watchOf } from "./define.ts";
import { collect, readDocument } from "./files.ts";
import { type Column, relativeTime, shortId } from "./output.ts";
import type { ApiClient } from "./api-client.ts";

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
    cell: (a, s) => `${s.status(str(a.state))}${a.acknowledged ? " (acked)" : ""}`,
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
  { header: "selector", cell: (r) => labels(r.selector) },
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

interface Matcher {
  name: string;
  value: string;
  isRegex: boolean;
  isEqual: boolean;
}

/** `name=value`, `name!=value`, `name=~regex`, `name!~regex`: Alertmanager's matcher syntax. */
export function parseMatcher(text: string): Matcher {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(=~|!~|!=|=)(.*)$/.exec(text);
  if (!m) {
    throw usageError(`--matcher ${text}: expected NAME=VALUE, NAME!=VALUE, NAME=~RE or NAME!~RE`);
  }
  const op = m[2]!;
  return { name: m[1]!, value: m[3]!, isRegex: op.endsWith("~"), isEqual: op.startsWith("=") };
}

const matcherText = (m: Matcher) =>
  `${m.name}${m.isEqual ? "=" : "!"}${m.isRegex ? "~" : m.isEqual ? "" : "="}${m.value}`;

const silenceColumns: Column<Row>[] = [
  { header: "id", cell: (s) => shortId((s.silenceId ?? s.id) as string) },
  { header: "state", cell: (s, style) => style.status(str(s.state)) },
  {
    header: "matchers",
    cell: (s) => ((s.matchers ?? []) as Matcher[]).map(matcherText).join(",") || "-",
  },
  { header: "starts", cell: (s) => relativeTime(s.startsAt as string) },
  { header: "ends", cell: (s) => relativeTime(s.endsAt as string) },
  { header: "by", cell: (s) => str(s.author ?? s.createdBy) },
  { header: "comment", cell: (s) => str(s.comment) || "-" },
];

const channelColumns: Column<Row>[] = [
  { header: "id", cell: (c) => shortId(c.id as string) },
  { header: "name", cell: (c) => str(c.name) },
  { header: "type", cell: (c) => str(c.type) },
  { header: "url", cell: (c) => str(c.url) },
  { header: "signed", cell: (c) => c.signed ? "yes" : "no" },
  { header: "created", cell: (c) => relativeTime(c.createdAt as string) },
];

const deliveryColumns: Column<Row>[] = [
  { header: "at", cell: (d) => relativeTime(d.at as string) },
  { header: "alert", cell: (d) => shortId(d.alertId as string) },
  { header: "status", cell: (d) => str(d.status) },
  {
    header: "outcome",
    cell: (d, s) =>
      d.kind === "suppressed" ? s.yellow("suppressed") : s.status(
        d.outcome === "delivered" ? "ok" : "failed",
      ),
  },
  { header: "attempt", cell: (d) => str(d.attempt) },
  { header: "http", cell: (d) => str(d.httpStatus) },
  { header: "ms", cell: (d) => str(d.durationMs) },
  { header: "error", cell: (d) => str(d.error) },
];

const intervalColumns: Column<Row>[] = [
  { header: "labels", cell: (i) => labels(i.labels) },
  { header: "fired", cell: (i) => str(i.firedAt) },
  { header: "value", cell: (i) => str(i.firedValue) },
  { header: "resolved", cell: (i) => i.resolvedAt ? str(i.resolvedAt) : "still firing" },
];

/** A collection's ids (silences call theirs `silenceId`), for short-id lookups. */
async function listOf(api: ApiClient, path: string, query?: Record<string, string>) {
  const answer = await api.get<Row>(path, query);
  return itemsOf(answer).map((i) => ({ id: String(i.id ?? i.silenceId ?? "") }));
}

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
        new Option("--state <state>").choices(["firing", "pending", "resolved", "all"])
          .default("firing"),
      )
      .option("--rule <id>", "only this rule's alerts"),
  ).action(act(async (run, options) => {
    const api = await run.api();
    await run.show(async () => {
      const answer = await api.get<Row>("/alerts", { state: options.state, ruleId: options.rule });
      return run.list(itemsOf(answer), alertColumns, answer);
    }, watchOf(options));
  }));
  alerts.command("ack").description("acknowledge an alert").argument("<id>")
    .option("-c, --comment <text>", "recorded with the acknowledgement")
    .action(act(async (run, short: string, options) => {
      const api = await run.api();
      const alertId = await fullId(short, () => listOf(api, "/alerts", { state: "all" }), "alert");
      const answer = await api.json("POST", `/alerts/${id(alertId)}/ack`, {
        body: options.comment ? { comment: options.comment } : {},
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
    .action(act(async (run, short: string) => {
      const api = await run.api();
      const ruleId = await fullId(short, () => listOf(api, "/alert-rules"), "rule");
      const answer = await api.json("DELETE", `/alert-rules/${id(ruleId)}`);
      run.io.stdout(run.done(`rule ${ruleId} deleted`, answer));
    }));
  rules.command("dry-run").description("what a rule would have raised over recent history")
    .requiredOption("-f, --file <file>", "the rule (JSON or YAML)")
    .option("--window <duration>", "how far back from --to (90s, 15m, 2h, 1d)", "24h")
    .option("--to <time>", "end of the window (ISO time; default now)")
    .option("--step <duration>", "time between evaluations (default: the live interval)")
    .action(act(async (run, options) => {
      const rule = await readDocument(options.file);
      const answer = await (await run.api()).json<Row>("POST", "/alert-rules/dry-run", {
        body: {
          rule,
          windowSeconds: durationSeconds(options.window),
          ...(options.to ? { to: options.to } : {}),
          ...(options.step ? { stepSeconds: durationSeconds(options.step) } : {}),
        },
      });
      if (run.format !== "table") return run.io.stdout(run.one(answer));
      const intervals = (answer.intervals ?? []) as Row[];
      run.io.stdout(
        `${answer.evaluations} evaluations from ${answer.from} to ${answer.to} ` +
          `(every ${answer.stepSeconds}s, from ${answer.source}): ` +
          `${intervals.length} time${intervals.length === 1 ? "" : "s"} firing\n`,
      );
      if (intervals.length > 0) run.io.stdout(run.list(intervals, intervalColumns));
    }));

  const silences = program.command("silences").description("silences: mute alerts by labels");
  silences.command("ls").description("silences")
    .addOption(
      new Option("--state <state>").choices(["active", "pending", "expired", "all"]).default("all"),
    ).action(act(async (run, options) => {
      const answer = await (await run.api()).get<Row>("/silences", { state: options.state });
      run.io.stdout(run.list(itemsOf(answer), silenceColumns, answer));
    }));
  silences.command("add").description("mute alerts whose labels match, for a while")
    .requiredOption(
      "-m, --matcher <matcher>",
      "NAME=VALUE, NAME!=VALUE, NAME=~RE or NAME!~RE (repeat for more)",
      collect,
    )
    .option("-d, --duration <duration>", "how long (90s, 15m, 2h, 1d)", "1h")
    .option("-c, --comment <text>", "why")
    .action(act(async (run, options) => {
      const startsAt = new Date();
      const endsAt = new Date(startsAt.getTime() + durationSeconds(options.duration) * 1000);
      const answer = await (await run.api()).json<Row>("POST", "/silences", {
        body: {
          matchers: (options.matcher as string[]).map(parseMatcher),
          endsAt: endsAt.toISOString(),
          ...(options.comment ? { comment: options.comment } : {}),
        },
      });
      const silenceId = str(answer.silenceId ?? answer.id);
      run.io.stdout(run.done(`silence ${silenceId} until ${endsAt.toISOString()}`, answer));
    }));
  silences.command("rm").description("end a silence").argument("<id>")
    .action(act(async (run, short: string) => {
      const api = await run.api();
      const silenceId = await fullId(short, () => listOf(api, "/silences"), "silence");
      const answer = await api.json("DELETE", `/silences/${id(silenceId)}`);
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
  channels.command("deliveries").description("delivery attempts and suppressions, newest first")
    .argument("<id>").option("--alert <id>", "only this alert's")
    .option("--limit <n>", "at most this many", (v) => Number(v), 100)
    .action(act(async (run, short: string, options) => {
      const api = await run.api();
      const channelId = await fullId(short, () => listOf(api, "/notification-channels"), "channel");
      const answer = await api.get<Row>(
        `/notification-channels/${id(channelId)}/deliveries`,
        { alertId: options.alert, limit: options.limit },
      );
      run.io.stdout(run.list(itemsOf(answer), deliveryColumns, answer));
    }));
  channels.command("rm").description("remove a channel").argument("<id>")
    .action(act(async (run, short: string) => {
      const api = await run.api();
      const channelId = await fullId(short, () => listOf(api, "/notification-channels"), "channel");
      const answer = await api.json(
        "DELETE",
        `/notification-channels/${id(channelId)}`,
      );
      run.io.stdout(run.done(`channel ${channelId} removed`, answer));
    }));
}
