/** A test client of the edge: a real WebSocket that records what it receives. */
export interface ControlFrame {
  type: string;
  sessionId: string;
  agentId: string;
  resumeToken?: string;
  reason?: string;
}

export class TestClient {
  readonly ws: WebSocket;
  /** Relayed frames (control frames are kept apart). */
  readonly frames: (string | Uint8Array)[] = [];
  readonly control: ControlFrame[] = [];
  readonly opened: Promise<ControlFrame>;
  readonly closed: Promise<CloseEvent>;
  #waiters: { test: () => boolean; resolve: () => void }[] = [];

  constructor(url: string, options: { control?: boolean } = {}) {
    this.ws = new WebSocket(url);
    this.ws.binaryType = "arraybuffer";
    let resolveOpened!: (frame: ControlFrame) => void;
    let rejectOpened!: (error: Error) => void;
    this.opened = new Promise((resolve, reject) => {
      resolveOpened = resolve;
      rejectOpened = reject;
    });
    // A test awaiting `opened` fails fast (with the close code) instead of hanging.
    this.opened.catch(() => {});
    this.closed = new Promise((resolve) => this.ws.addEventListener("close", resolve));
    this.closed.then((e) =>
      rejectOpened(new Error(`closed before session.opened: ${e.code} ${e.reason}`))
    );
    if (options.control === false) {
      this.ws.addEventListener("open", () => resolveOpened(undefined!));
    }
    this.ws.addEventListener("message", (e) => {
      if (typeof e.data === "string" && e.data.startsWith('{"type":"session.')) {
        const frame = JSON.parse(e.data) as ControlFrame;
        this.control.push(frame);
        if (frame.type === "session.opened") resolveOpened(frame);
      } else {
        this.frames.push(
          typeof e.data === "string" ? e.data : new Uint8Array(e.data as ArrayBuffer),
        );
      }
      this.#check();
    });
    this.closed.then(() => this.#check());
  }

  /** Resolves once `test` holds (checked on every message), or rejects after `timeoutMs`. */
  until(test: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what} (${this.frames.length} frames)`));
      }, timeoutMs);
      const waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.#waiters.push(waiter);
    });
  }

  #check(): void {
    const ready = this.#waiters.filter((w) => w.test());
    this.#waiters = this.#waiters.filter((w) => !w.test());
    for (const w of ready) w.resolve();
  }

  /** Closes and waits for the close to complete. */
  async close(code = 1000, reason = "done"): Promise<void> {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) {
      this.ws.close(code, reason);
    }
    await this.closed;
  }
}
