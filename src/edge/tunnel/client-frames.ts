/**
 * What every client frame must pass before any of its bytes go to the agent,
 * judged from its header: frame and message size (4009), RFC 6455 (1002)
 * and the session's message and frame rates (4008); the scanner checks text
 * as UTF-8 (1007) and close codes (1002). Refused here because an agent
 * handed a bad frame drops the socket, and the edge would take that for a
 * dead agent and fail a healthy session over.
 *
 * Sizes are payload bytes as sent: a compressed message (permessage-deflate)
 * counts its compressed bytes, since the edge never inflates.
 */
import { FrameScanner } from "./frame-scanner.ts";
import { OP_CLOSE } from "./opcodes.ts";
import type { TunnelLifecycle } from "./tunnel-lifecycle.ts";

export interface ClientLimits {
  maxFrame: number;
  maxMessage: number;
  /** Asked once per client data message (at its first frame); false: 4008. */
  admitMessage: (() => boolean) | undefined;
  /** Asked once per client frame but a close (a higher bound than messages); false: 4008. */
  admitFrame: (() => boolean) | undefined;
}

export class ClientFrames {
  /** Client frames accepted (the session's frames in). */
  accepted = 0;
  /** permessage-deflate was negotiated: RSV1 may mark a data message's first frame. */
  deflate = false;
  readonly scanner = new FrameScanner(false, true); // the client's stream, text checked
  /** Payload bytes of the data message in progress. */
  #messageBytes = 0;
  /** Why the scan stopped: too large (4009), too fast (4008), invalid (1002, 1007). */
  #stopCode = 4009;
  #stopReason = "";
  /** Where the client's close payload starts in the chunk being scanned, and its length (-1: none). */
  closeAt = -1;
  closeLength = 0;

  constructor(
    readonly limits: ClientLimits,
    readonly lifecycle: Pick<TunnelLifecycle, "sawClose">,
  ) {}

  // Scanner callbacks are static (the instance comes as ctx): no closures per session.
  static onFrame(s: FrameScanner, start: number, c: ClientFrames): boolean {
    const limits = c.limits;
    if (s.payloadLength > limits.maxFrame) {
      return c.#stop(4009, `frame larger than ${limits.maxFrame} bytes (limits.frameMaxBytes)`);
    }
    const violation = protocolViolation(s, c.deflate);
    if (violation) return c.#stop(1002, violation);
    const op = s.opcode;
    if (op < 8) {
      c.#messageBytes = op === 0 ? c.#messageBytes + s.payloadLength : s.payloadLength;
      if (c.#messageBytes > limits.maxMessage) {
        const limit = `${limits.maxMessage} bytes (limits.messageMaxBytes)`;
        return c.#stop(4009, `message larger than ${limit}`);
      }
      if (op !== 0 && limits.admitMessage && !limits.admitMessage()) {
        return c.#stop(4008, "message rate limit exceeded");
      }
    }
    if (limits.admitFrame && op !== OP_CLOSE && !limits.admitFrame()) {
      return c.#stop(4008, "frame rate limit exceeded");
    }
    c.accepted++;
    if (op === OP_CLOSE) {
      c.closeAt = start + s.headerLength;
      c.closeLength = s.payloadLength;
      c.lifecycle.sawClose("client");
    }
    return true;
  }

  #stop(code: number, reason: string): false {
    this.#stopCode = code;
    this.#stopReason = reason;
    return false;
  }

  static #onDrainFrame(s: FrameScanner, _start: number, c: ClientFrames): boolean {
    if (s.opcode === OP_CLOSE) c.lifecycle.sawClose("client");
    return true;
  }

  /** The close code and reason for a scan that `onFrame` or the scanner's checks stopped. */
  stopCause(): { code: number; reason: string } {
    const s = this.scanner;
    if (s.badCloseCode) {
      return { code: 1002, reason: `protocol error: close code ${s.closeCode} may not be sent` };
    }
    if (s.invalidText) {
      const what = s.opcode === OP_CLOSE ? "close reason" : "text message";
      return { code: 1007, reason: `invalid UTF-8 in a ${what}` };
    }
    const code = this.#stopCode;
    const reason = code === 1002 ? `protocol error: ${this.#stopReason}` : this.#stopReason;
    return { code, reason };
  }

  /** Scans bytes of a closing session for the client's close only; a bad text must not stop it. */
  drain(bytes: Uint8Array): void {
    this.scanner.stopValidating();
    this.scanner.scan(bytes, 0, bytes.length, ClientFrames.#onDrainFrame, this);
  }
}

/**
 * What makes a client frame invalid, from its header alone (RSV bits clear
 * but RSV1 on a data message's first frame under permessage-deflate, RFC
 * 7692 §6; client frames masked; control frames short and whole;
 * continuations only inside a message).
 */
function protocolViolation(s: FrameScanner, deflate: boolean): string | undefined {
  const op = s.opcode;
  if (s.rsv !== 0) {
    if (!deflate || s.rsv !== 4) return "reserved bits set";
    if (op !== 1 && op !== 2) return "RSV1 set on a frame that does not start a message";
  }
  if (!s.masked) return "client frames must be masked";
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
