import { writeFileAtomically } from "../archive-export.ts";
import { scanArchive } from "../archive-scan.ts";
import { progressBar } from "../progress.ts";
import { CliError } from "./cli-error.ts";
import type { Run } from "./session.ts";

const POSITION = /"position":(\d+),"type":/g;

/** Follows the decompressed text for the progress bar: events seen and the last position. */
async function watchProgress(
  gzip: ReadableStream<Uint8Array>,
  onProgress: (events: number, position: number) => void,
): Promise<void> {
  let events = 0;
  let tail = "";
  const text = (gzip as ReadableStream<BufferSource>).pipeThrough(new DecompressionStream("gzip"))
    .pipeThrough(
      new TextDecoderStream(),
    );
  for await (const chunk of text) {
    // Keep the last partial line so a position cut between chunks is still seen whole.
    const cut = chunk.lastIndexOf("\n");
    const complete = tail + (cut === -1 ? "" : chunk.slice(0, cut + 1));
    tail = cut === -1 ? tail + chunk : chunk.slice(cut + 1);
    let last: number | undefined;
    for (const m of complete.matchAll(POSITION)) {
      events++;
      last = Number(m[1]);
    }
    if (last !== undefined) onProgress(events, last);
  }
}

/**
 * `backup FILE --server URL`: the node streams an online backup
 * (`GET /api/v1/backup`); it is written beside FILE, checked in full
 * (count, order, SHA-256: what restore checks), and only then renamed to
 * FILE. A progress bar follows the positions against the node's head.
 */
export async function onlineBackup(run: Run, path: string): Promise<number> {
  const api = await run.api();
  const response = await api.request("GET", "/backup");
  const upTo = Number(response.headers.get("x-switchboard-up-to-position") ?? 0);
  run.io.stderr(`backup: online backup from ${api.target.server} up to position ${upTo}\n`);
  const bar = progressBar({ write: run.io.stderr, isTerminal: run.io.stderrIsTerminal }, "backup");
  const [toFile, toProgress] = response.body!.tee();
  const partial = `${path}.download`;
  let seen = 0;
  let bytes: number;
  try {
    [bytes] = await Promise.all([
      writeFileAtomically(partial, toFile),
      watchProgress(toProgress, (events, position) => {
        seen = events;
        bar.update({ projection: "backup", position, target: upTo, events });
      }).catch(() => {}),
    ]);
  } catch (error) {
    await Deno.remove(partial).catch(() => {});
    throw new CliError(
      `the backup stream from ${api.target.server} broke off: ${
        (error as Error).message
      }; nothing written to ${path}`,
    );
  }
  bar.update({ projection: "backup", position: upTo, target: upTo, events: seen });
  bar.done();
  const file = await Deno.open(partial, { read: true });
  let trailer;
  try {
    ({ trailer } = await scanArchive(file, path));
  } catch (error) {
    await Deno.remove(partial).catch(() => {});
    throw new CliError(
      `the backup received is not valid (${(error as Error).message}); nothing written to ${path}`,
    );
  } finally {
    file.close();
  }
  await Deno.rename(partial, path);
  run.io.stdout(run.done(
    `backup ${path}: ${trailer.events} events up to position ${trailer.lastPosition}, ` +
      `${bytes} bytes, sha256 ${trailer.sha256} (online, from ${api.target.server})`,
    {
      path,
      events: trailer.events,
      lastPosition: trailer.lastPosition,
      upToPosition: upTo,
      bytes,
      sha256: trailer.sha256,
      server: api.target.server,
    },
  ));
  return 0;
}
