/**
 * Everything the edge writes to a client, in one order: the agent's bytes
 * as relayed, frames the edge adds (session.opened, session.rebound, close)
 * and the filler that mends a stream cut by an agent's death. The agent's
 * frame headers are scanned here, so the edge knows when the stream is
 * between messages: an edge frame written inside a message would corrupt it
 * (a text frame cannot sit between fragments), so it waits for the boundary.
 */
import { ConnWriter } from "./conn-writer.ts";
import { repairCut } from "./cut-repair.ts";
import { releaseBuffer } from "./buffer-pool.ts";
import { FrameScanner } from "./frame-scanner.ts";
import { OP_CLOSE } from "./opcodes.ts";
import { scanChunk } from "./scan-chunk.ts";
import { concat } from "./client-backlog.ts";

export interface ClientStreamEvents {
  /** A write to the client failed: it is gone. */
  clientGone(): void;
  /** The agent's close frame is on its way to the client. */
  agentClosing(): void;
}

export class ClientStream {
  /** Frames and bytes written to the client (relayed and edge frames). */
  framesOut = 0;
  bytesOut = 0;
  readonly #scanner = new FrameScanner(true);
  readonly #writer: ConnWriter;
  #last: Promise<void> | null = null;
  #inflight = 0; // writes not yet settled
  #deferred: Uint8Array[] | null = null; // allocated only when an edge frame has to wait
  /** The client's 101, while it waits for the first agent's extension answer. */
  #head: ((extensions: string | undefined) => Uint8Array) | null = null;

  constructor(conn: Deno.Conn, readonly events: ClientStreamEvents) {
    this.#writer = new ConnWriter(conn);
  }

  /** Settles when everything written so far has gone out (or failed); for backpressure. */
  get last(): Promise<void> | null {
    return this.#inflight > 0 ? this.#last : null;
  }

  get betweenMessages(): boolean {
    return this.#scanner.payloadLeft === 0 && !this.#scanner.inMessage;
  }

  static #onAgentFrame(s: FrameScanner, _start: number, self: ClientStream): boolean {
    self.framesOut++;
    if (s.opcode === OP_CLOSE) self.events.agentClosing();
    return true;
  }

  /** Relays one read from the agent; `buf` goes back to the pool once written. */
  relay(bytes: Uint8Array, n: number, buf: Uint8Array | undefined): void {
    const c = scanChunk(this.#scanner, bytes, n, ClientStream.#onAgentFrame, this);
    if (c.view.length > 0) this.write(c.view, buf);
    else if (buf) releaseBuffer(buf);
    if (this.#deferred && this.betweenMessages) this.#flushDeferred();
  }

  /**
   * An edge frame: now if the stream is between messages, else right after
   * the current one. Not counted as traffic: the counters are what was
   * relayed, and a session that never relays anything reports nothing.
   */
  inject(frame: Uint8Array): void {
    if (this.betweenMessages) this.write(frame, undefined, false);
    else (this.#deferred ??= []).push(frame);
  }

  /** The client's 101 goes out with `accept` (or before the first write, with no extensions). */
  deferHead(head: (extensions: string | undefined) => Uint8Array): void {
    this.#head = head;
  }

  /** Sends the deferred 101; false if it was sent already (or never deferred). */
  accept(extensions: string | undefined): boolean {
    const head = this.#head;
    if (head === null) return false;
    this.#head = null;
    this.write(head(extensions), undefined, false);
    return true;
  }

  write(bytes: Uint8Array, buf?: Uint8Array, relayed = true): void {
    if (this.#head !== null) this.accept(undefined);
    if (relayed) this.bytesOut += bytes.length;
    this.#inflight++;
    this.#last = this.#writer.write(bytes).then(() => {
      this.#inflight--;
      if (buf) releaseBuffer(buf);
    }, () => {
      this.#inflight--;
      this.events.clientGone();
    });
  }

  /**
   * The agent is gone: finish its partial frame and open message (see
   * cut-repair.ts), then send the frames that were waiting. Returns whether
   * the client got a truncated message.
   */
  cut(): boolean {
    const repair = repairCut(this.#scanner);
    if (repair.bytes.length > 0) this.write(repair.bytes);
    this.#flushDeferred();
    return repair.truncated;
  }

  /** Ends the stream with a close frame (after mending any partial frame). */
  end(closeFrame: Uint8Array): void {
    this.#deferred = null;
    this.write(concat([repairCut(this.#scanner).bytes, closeFrame]));
  }

  settled(): Promise<void> {
    return this.#writer.settled();
  }

  #flushDeferred(): void {
    const frames = this.#deferred ?? [];
    this.#deferred = null;
    for (const f of frames) this.write(f, undefined, false);
  }
}
