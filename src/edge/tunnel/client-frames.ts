/**
 * What every client frame must pass before any of its bytes go to the agent,
 * judged from its header: size (4009), RFC 6455 (1002) and the session's
 * frame rate (4008); the scanner checks text as UTF-8 (1007). Refused here
 * because an agent handed a bad frame drops the socket, and the edge would
 * take that for a dead agent and fail a healthy session over.
 */
import { FrameScanner } from "./frame-scanner.ts";
import { OP_CLOSE } from "./opcodes.ts";
import type { TunnelLifecycle } from "./tunnel-lifecycle.ts";

export class ClientFrames {
  /** Client frames accepted (the session's frames in). */
  accepted = 0;
  readonly scanner = new FrameScanner(false, true); // the client's stream, text checked
  /** Why the scan stopped: too large (4009), too fast (4008), invalid (1002, 1007). */
  #stopCode = 4009;
  #stopReason = "";
  /** Where the client's close payload starts in the chunk being scanned, and its length (-1: none). */
  closeAt = -1;
  closeLength = 0;

  constructor(
    readonly maxFrame: number,
    readonly admitFrame: (() => boolean) | undefined,
    readonly lifecycle: Pick<TunnelLifecycle, "sawClose">,
  ) {}

  // Scanner callbacks are static (the instance comes as ctx): no closures per session.
  static onFrame(s: FrameScanner, start: number, c: ClientFrames): boolean {
    if (s.payloadLength > c.maxFrame) return false;
    const violation = protocolViolation(s);
    if (violation) {
      c.#stopCode = 1002;
      c.#stopReason = violation;
      return false;
    }
    if (c.admitFrame && s.opcode !== OP_CLOSE && !c.admitFrame()) {
      c.#stopCode = 4008;
      return false;
    }
    c.accepted++;
    if (s.opcode === OP_CLOSE) {
      c.closeAt = start + s.headerLength;
      c.closeLength = s.payloadLength;
      c.lifecycle.sawClose("client");
    }
    return true;
  }

  static #onDrainFrame(s: FrameScanner, _start: number, c: ClientFrames): boolean {
    if (s.opcode === OP_CLOSE) c.lifecycle.sawClose("client");
    return true;
  }

  /** The close code and reason for a scan that `onFrame` or the UTF-8 check stopped. */
  stopCause(): { code: number; reason: string } {
    if (this.scanner.invalidText) {
      this.#stopCode = 1007;
      this.#stopReason = this.scanner.opcode === OP_CLOSE ? "close reason" : "text message";
    }
    const code = this.#stopCode;
    const reason = code === 1007
      ? `invalid UTF-8 in a ${this.#stopReason}`
      : code === 4008
      ? "frame rate limit exceeded"
      : code === 1002
      ? `protocol error: ${this.#stopReason}`
      : `frame larger than ${this.maxFrame} bytes`;
    return { code, reason };
  }

  /** Scans bytes of a closing session for the client's close only; a bad text must not stop it. */
  drain(bytes: Uint8Array): void {
    this.scanner.stopValidating();
    this.scanner.scan(bytes, 0, bytes.length, ClientFrames.#onDrainFrame, this);
  }
}

/**
 * What makes a client frame invalid, from its header alone (no extension is
 * ever negotiated, so RSV bits must be clear; client frames must be masked;
 * control frames are short and whole; continuations only inside a message).
 */
function protocolViolation(s: FrameScanner): string | undefined {
  if (s.rsv !== 0) return "reserved bits set";
  if (!s.masked) return "client frames must be masked";
  const op = s.opcode;
  if ((op > 2 && op < 8) || op > 10) return `unknown opcode ${op}`;
  if (op >= 8) {
    if (s.payloadLength > 125) return "control frame longer than 125 bytes";
    if (op === OP_CLOSE && s.payloadLength === 1) return "close frame with a 1-byte payload";
    if (!s.fin) return "fragmented control frame";
    return undefined;
  }
  if (op === 0 && !s.inMessage) return "continuation outside a message";
  if (op !== 0 && s.inMessage) return "new message inside a fragmented one";
  return undefined;
}
