import type { AgentSession, CloseInfo, Frame } from "./types.ts";

/**
 * A session over an open WebSocket. Hot path: once the app has set its
 * handler, a frame costs one guarded call from `socket.onmessage` into it;
 * frames arriving before that (an async session handler) are queued, not lost.
 */
export class Session implements AgentSession {
  #queue: Frame[] | undefined = [];
  #closeHandlers: ((code: number, reason: string) => void)[] = [];
  readonly closed: Promise<CloseInfo>;

  constructor(
    readonly socket: WebSocket,
    readonly id: string,
    readonly pooled: boolean,
    /** App code threw: the SDK logs it; the session is closed with 1011. */
    private readonly onAppError: (error: unknown, session: Session) => void,
  ) {
    socket.onmessage = (event: MessageEvent<Frame>) => this.#queue?.push(event.data);
    // Without a listener an error event is only noise; the close event that follows ends the session.
    socket.onerror = () => {};
    this.closed = new Promise((resolve) => {
      socket.onclose = (event) => {
        this.#queue = undefined;
        resolve({ code: event.code, reason: event.reason });
        for (const handler of this.#closeHandlers) {
          this.#guard(() => handler(event.code, event.reason));
        }
        this.#closeHandlers = [];
      };
    });
  }

  send(data: string | ArrayBuffer | ArrayBufferView<ArrayBuffer>): void {
    this.socket.send(data);
  }

  onMessage(handler: (data: Frame) => void): void {
    const queued = this.#queue;
    this.#queue = undefined;
    this.socket.onmessage = (event: MessageEvent<Frame>) => {
      try {
        handler(event.data);
      } catch (error) {
        this.fail(error);
      }
    };
    if (queued) { for (const frame of queued) this.#guard(() => handler(frame)); }
  }

  onClose(handler: (code: number, reason: string) => void): void {
    this.#closeHandlers.push(handler);
  }

  close(code = 1000, reason = ""): void {
    if (this.socket.readyState >= WebSocket.CLOSING) return;
    this.socket.close(code, reason);
  }

  /** App code failed: report it and end the session rather than the process. */
  fail(error: unknown): void {
    this.onAppError(error, this);
    this.close(1011, "agent error");
  }

  #guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.fail(error);
    }
  }
}
