/**
 * Copies a child's output to our stderr line by line, each line prefixed
 * with the agent's name (so three agents' logs stay readable when
 * interleaved), and optionally appends it to a log file.
 */
export async function forwardLines(
  stream: ReadableStream<Uint8Array>,
  prefix: string,
  logFile?: string,
): Promise<void> {
  const encoder = new TextEncoder();
  const file = logFile
    ? await Deno.open(logFile, { create: true, append: true }).catch(() => undefined)
    : undefined;
  let pending = "";
  const write = async (line: string) => {
    const bytes = encoder.encode(`[${prefix}] ${line}\n`);
    await writeAll(Deno.stderr, bytes);
    if (file) await writeAll(file, encoder.encode(line + "\n"));
  };
  try {
    for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) await write(line.replace(/\r$/, ""));
    }
    if (pending) await write(pending);
  } catch {
    // The child went away mid-line: what was read has been forwarded.
  } finally {
    file?.close();
  }
}

async function writeAll(target: { write(p: Uint8Array): Promise<number> }, bytes: Uint8Array) {
  for (let written = 0; written < bytes.length;) {
    written += await target.write(bytes.subarray(written));
  }
}
