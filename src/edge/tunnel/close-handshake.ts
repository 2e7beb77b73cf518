/**
 * The end of the closing handshake the edge starts itself (RFC 6455 §7.1.1):
 * after sending a close frame, read and discard what the peer still sends
 * until its close frame, EOF, or a timeout. Closing the socket at once
 * instead would leave unread bytes in the kernel, which turns the close into
 * a TCP reset, and a reset can destroy our close frame before the client
 * reads it: the client would see 1006 instead of 4009.
 */
import { FrameScanner } from "./frame-scanner.ts";
import { OP_CLOSE } from "./opcodes.ts";

/**
 * Resolves once the peer's close frame is complete, the peer has gone, or
 * `timeoutMs` passed (then `conn` is closed to end the pending read).
 * `already` holds bytes of the peer's stream read before (scanned first).
 */
export async function drainUntilClose(
  conn: Deno.Conn,
  already: Uint8Array,
  timeoutMs: number,
  scanner = new FrameScanner(),
): Promise<void> {
  let closeSeen = false;
  let closeEnds = false;
  const onFrame = (s: FrameScanner) => {
    if (s.opcode === OP_CLOSE) closeSeen = true;
    return true;
  };
  const feed = (bytes: Uint8Array, n: number) => {
    scanner.scan(bytes, 0, n, onFrame);
    if (closeSeen && scanner.atFrameBoundary) closeEnds = true;
  };
  feed(already, already.length);
  if (closeEnds) return;
  const timer = setTimeout(() => {
    try {
      conn.close();
    } catch { /* closed already */ }
  }, timeoutMs);
  const buf = new Uint8Array(4096);
  try {
    while (!closeEnds) {
      const n = await conn.read(buf);
      if (n === null) break;
      feed(buf, n);
    }
  } catch { /* reset, or closed by the timer */ }
  clearTimeout(timer);
}
