import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ArchiveError,
  ArchiveEvent,
  ArchiveHeader,
  ArchiveTrailer,
  firstIssue,
  LineDigest,
} from "./archive-format.ts";

export interface ScanOptions {
  /** Called with the raw text of each run of event lines, in file order. */
  onBatch?: (lines: string[]) => Promise<void>;
  batchSize?: number;
}

export interface ScanResult {
  header: ArchiveHeader;
  trailer: ArchiveTrailer;
}

/** A line longer than this is not an event of ours: refuse it rather than run out of memory. */
const MAX_LINE = 64 * 1024 * 1024;
const READ_CHUNK = 64 * 1024;
const BATCH = 1_000;

const corrupt = (name: string, why: string) => new ArchiveError(`${name} is corrupt: ${why}`);
const cutShort = (name: string, why: string) => new ArchiveError(`${name} is incomplete: ${why}`);

/**
 * The file's lines, decompressed and decoded (strict UTF-8), read from its
 * start through `file` itself: the restore reads the same open file twice,
 * so a file renamed over the path between the passes does not matter. A
 * damaged or cut gzip stream fails inside the decompressor (its CRC and
 * length check); that, and any undecodable byte, becomes one ArchiveError.
 */
async function* readLines(file: Deno.FsFile, name: string): AsyncGenerator<string> {
  await file.seek(0, Deno.SeekMode.Start);
  const bytes = new ReadableStream<BufferSource>({
    async pull(controller) {
      const buffer = new Uint8Array(READ_CHUNK);
      const n = await file.read(buffer);
      if (n === null) controller.close();
      else controller.enqueue(buffer.subarray(0, n));
    },
  });
  const text = bytes
    .pipeThrough(new DecompressionStream("gzip"))
    .pipeThrough(new TextDecoderStream("utf-8", { fatal: true }));
  let rest = "";
  try {
    for await (const chunk of text) {
      rest += chunk;
      let start = 0;
      for (let nl = rest.indexOf("\n"); nl !== -1; nl = rest.indexOf("\n", start)) {
        yield rest.slice(start, nl);
        start = nl + 1;
      }
      rest = rest.slice(start);
      if (rest.length > MAX_LINE) throw corrupt(name, `a line exceeds ${MAX_LINE} characters`);
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new ArchiveError(`${name} is damaged or cut short: ${why}`, { cause: error });
  }
  if (rest !== "") throw cutShort(name, "the last line stops mid-way");
}

function parseJson(name: string, line: string, n: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw corrupt(name, `line ${n} is not JSON`);
  }
}

/** The header, with a specific word for "not a backup at all" and "a newer format". */
function parseHeader(name: string, value: unknown): ArchiveHeader {
  const v = value as { format?: unknown; version?: unknown } | null;
  if (typeof v !== "object" || v === null || v.format !== ARCHIVE_FORMAT) {
    throw new ArchiveError(`${name} is not a Switchboard backup (no '${ARCHIVE_FORMAT}' header)`);
  }
  if (v.version !== ARCHIVE_VERSION) {
    throw new ArchiveError(
      `${name} is backup format version ${String(v.version)}; this tool reads ${ARCHIVE_VERSION}`,
    );
  }
  const header = ArchiveHeader.safeParse(value);
  if (!header.success) throw corrupt(name, `header: ${firstIssue(header.error)}`);
  return header.data;
}

/**
 * Reads a backup from start to end and checks all of it: the header, every
 * event line against its schema, positions strictly increasing and within
 * the header's head, then the trailer's count, last position and SHA-256.
 * Any failure is one ArchiveError naming the line or the check.
 *
 * With `onBatch`, the raw event lines are handed over in batches as they
 * are read (the restore's import pass); the last batch only once the
 * trailer has been checked. The restore calls this twice: once without
 * `onBatch`, so that a bad file is refused before anything is written, and
 * once with it.
 *
 * What is not checked here: that versions are gap-free per stream (that
 * would need a map of every stream in memory, and sessions are streams);
 * the checksum covers that the file is the one written, the target's
 * unique keys (stream, version) and (event id) cover duplicates.
 */
export async function scanArchive(
  file: Deno.FsFile,
  name: string,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const digest = new LineDigest();
  const batchSize = options.batchSize ?? BATCH;
  let header: ArchiveHeader | undefined;
  let trailer: ArchiveTrailer | undefined;
  let events = 0;
  let last = 0;
  let n = 0;
  let batch: string[] = [];
  for await (const line of readLines(file, name)) {
    n++;
    if (trailer) throw corrupt(name, `line ${n} follows the trailer`);
    const value = parseJson(name, line, n);
    if (!header) {
      header = parseHeader(name, value);
      digest.add(line);
      continue;
    }
    if ((value as { record?: unknown } | null)?.record === "trailer") {
      const parsed = ArchiveTrailer.safeParse(value);
      if (!parsed.success) throw corrupt(name, `trailer: ${firstIssue(parsed.error)}`);
      trailer = parsed.data;
      continue;
    }
    const event = ArchiveEvent.safeParse(value);
    if (!event.success) throw corrupt(name, `line ${n}: ${firstIssue(event.error)}`);
    const { position } = event.data;
    if (position <= last || position > header.upToPosition) {
      throw corrupt(name, `line ${n}: position ${position} out of order`);
    }
    digest.add(line);
    events++;
    last = position;
    if (options.onBatch) {
      batch.push(line);
      if (batch.length >= batchSize) {
        await options.onBatch(batch);
        batch = [];
      }
    }
  }
  if (!header) throw cutShort(name, "it is empty");
  if (!trailer) throw cutShort(name, `no trailer after ${events} events`);
  if (trailer.events !== events) {
    throw corrupt(name, `the trailer counts ${trailer.events} events, the file holds ${events}`);
  }
  if (trailer.lastPosition !== last) {
    throw corrupt(
      name,
      `the trailer ends at position ${trailer.lastPosition}, the events at ${last}`,
    );
  }
  const sha256 = digest.hex();
  if (trailer.sha256 !== sha256) {
    throw corrupt(name, `checksum mismatch (trailer ${trailer.sha256}, content ${sha256})`);
  }
  if (options.onBatch && batch.length > 0) await options.onBatch(batch);
  return { header, trailer };
}
