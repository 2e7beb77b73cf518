import type { Command } from "commander";
import YAML from "yaml";
import type { CommandIo } from "../replay.ts";
import { action, integer, type Outcome } from "./define.ts";
import { relativeTime, shortId, type Style } from "./output.ts";
import type { ApiClient } from "./api-client.ts";
import { CliError } from "./cli-error.ts";
import { type Run, sleep } from "./session.ts";

interface Envelope {
  position: number;
  type: string;
  streamId: string;
  data: unknown;
  recordedAt?: string;
  metadata?: { now?: string };
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 5_000;

function line(e: Envelope, style: Style): string {
  const data = JSON.stringify(e.data);
  const summary = data.length > 120 ? `${data.slice(0, 117)}...` : data;
  const when = e.recordedAt ? relativeTime(e.recordedAt) : "";
  const stream = e.streamId.replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi,
    (id) => shortId(id),
  );
  return `${style.dim(String(e.position).padStart(7))}  ${when.padEnd(8)}  ${
    style.cyan(e.type.padEnd(24))
  }  ${stream.padEnd(28)}  ${summary}\n`;
}

function render(run: Run, e: Envelope): string {
  if (run.format === "json") return `${JSON.stringify(e)}\n`;
  if (run.format === "yaml") return `---\n${YAML.stringify(e)}`;
  return line(e, run.style);
}

/**
 * Reads one NDJSON response to its end, printing each event; returns the
 * last position printed. Empty lines are the server's keep-alives.
 */
async function printLines(
  run: Run,
  body: ReadableStream<Uint8Array>,
  onEvent: (e: Envelope) => void,
): Promise<void> {
  let rest = "";
  for await (const chunk of body.pipeThrough(new TextDecoderStream())) {
    rest += chunk;
    let nl: number;
    while ((nl = rest.indexOf("\n")) !== -1) {
      const text = rest.slice(0, nl);
      rest = rest.slice(nl + 1);
      if (text.trim() === "") continue;
      const e = JSON.parse(text) as Envelope;
      run.io.stdout(render(run, e));
      onEvent(e);
    }
  }
}

/**
 * `events tail`: the log as it is, or `--follow`ed live. Following, a lost
 * connection (the node restarted, the network blinked) is retried with
 * back-off from the position after the last event printed, so nothing is
 * printed twice and nothing is skipped.
 */
async function tail(run: Run, api: ApiClient, options: {
  follow?: boolean;
  type?: string[];
  stream?: string;
  from?: number;
  limit?: number;
}): Promise<number> {
  let from = options.from ?? 1;
  let printed = 0;
  const query = () => ({
    from,
    ...(options.type?.length ? { type: options.type.join(",") } : {}),
    ...(options.stream ? { stream: options.stream } : {}),
    ...(options.follow ? { follow: "true" } : {}),
    ...(options.limit !== undefined ? { limit: Math.max(1, options.limit - printed) } : {}),
  });
  const onEvent = (e: Envelope) => {
    from = e.position + 1;
    printed++;
  };
  if (!options.follow) {
    const response = await api.request("GET", "/events", { query: query() });
    await printLines(run, response.body!, onEvent);
    return 0;
  }
  const signal = run.io.signal;
  let retry = FIRST_RETRY_MS;
  while (!signal?.aborted) {
    if (options.limit !== undefined && printed >= options.limit) return 0;
    let reason: string;
    try {
      const response = await api.request("GET", "/events", { query: query() });
      retry = FIRST_RETRY_MS;
      await printLines(run, response.body!, onEvent);
      reason = "the node ended the stream";
    } catch (error) {
      if (signal?.aborted) break;
      // A refused request (bad type, no right) will not get better by waiting.
      if (error instanceof CliError && !/cannot reach/.test(error.message)) throw error;
      reason = error instanceof Error ? error.message.split(". ")[0]! : String(error);
    }
    if (signal?.aborted) break;
    run.io.stderr(`events: ${reason}; resuming from position ${from} in ${retry} ms\n`);
    await sleep(retry, signal);
    retry = Math.min(MAX_RETRY_MS, retry * 2);
  }
  return 0;
}

/** `events tail [--follow] [--type T] [--stream S] [--from P]`. */
export function eventsNoun(program: Command, io: CommandIo, outcome: Outcome): void {
  const events = program.command("events").description("the event log (auditor)");
  events.command("tail").description("print events in log order; --follow keeps printing new ones")
    .option("-f, --follow", "keep the stream open and print events as they are stored")
    .option(
      "--type <types>",
      "only these event types (comma-separated)",
      (v, prev: string[] = []) => [...prev, ...v.split(",")],
    )
    .option("--stream <stream>", "only this stream (e.g. agent-echo-1)")
    .option(
      "--from <position>",
      "start at this log position (inclusive)",
      integer(0, Number.MAX_SAFE_INTEGER),
    )
    .option("-n, --limit <n>", "stop after this many events", integer(1, 1e9))
    .action(action(io, outcome, async (run, options) => await tail(run, await run.api(), options)));
}
