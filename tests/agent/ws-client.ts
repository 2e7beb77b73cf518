/** A test-side WebSocket client with a frame queue and awaitable close. */
export type Frame = string | ArrayBuffer;

export class TestClient {
  readonly #frames: Frame[] = [];
  #wake: (() => void) | undefined;
  readonly closed: Promise<CloseEvent>;

  private constructor(readonly socket: WebSocket) {
    socket.binaryType = "arraybuffer";
    socket.onmessage = (event) => {
      this.#frames.push(event.data);
      this.#wake?.();
    };
    this.closed = new Promise((resolve) => {
      socket.onclose = (event) => {
        resolve(event);
        this.#wake?.();
      };
    });
  }

  static open(
    url: string,
    init: { headers?: Record<string, string>; protocols?: string[] } = {},
  ): Promise<TestClient> {
    // Deno's WebSocket takes handshake headers in its options bag (WebSocketOptions).
    const socket = new WebSocket(url, init);
    const client = new TestClient(socket);
    return new Promise((resolve, reject) => {
      socket.onopen = () => resolve(client);
      socket.onerror = () => {};
      client.closed.then((e) => reject(new Error(`closed before open: ${e.code}`)));
    });
  }

  send(data: string | ArrayBuffer | Uint8Array<ArrayBuffer>): void {
    this.socket.send(data);
  }

  /** The next frame; fails after `timeoutMs` or if the socket closes first. */
  async next(timeoutMs = 5_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    while (this.#frames.length === 0) {
      if (this.socket.readyState === WebSocket.CLOSED) throw new Error("socket closed");
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("no frame in time");
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        timer = setTimeout(resolve, left);
      });
      clearTimeout(timer);
      this.#wake = undefined;
    }
    return this.#frames.shift()!;
  }

  async close(code = 1000): Promise<CloseEvent> {
    if (this.socket.readyState < WebSocket.CLOSING) this.socket.close(code);
    return await this.closed;
  }
}

/**
 * A raw HTTP/1.1 WebSocket upgrade, for what a WebSocket client cannot see:
 * the status of a refused dial and the headers of an accepted one.
 */
export async function rawUpgrade(
  port: number,
  target: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers }> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  try {
    const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("");
    const request = `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n` +
      `Sec-WebSocket-Version: 13\r\n${extra}\r\n`;
    await conn.write(new TextEncoder().encode(request));
    let text = "";
    const buffer = new Uint8Array(4096);
    while (!text.includes("\r\n\r\n")) {
      const n = await conn.read(buffer);
      if (n === null) break;
      text += new TextDecoder().decode(buffer.subarray(0, n));
    }
    const [statusLine, ...lines] = text.split("\r\n\r\n")[0]!.split("\r\n");
    const result = new Headers();
    for (const line of lines) {
      const i = line.indexOf(":");
      if (i > 0) result.append(line.slice(0, i).trim(), line.slice(i + 1).trim());
    }
    return { status: Number(statusLine!.split(" ")[1]), headers: result };
  } finally {
    conn.close();
  }
}

/** Collects log records so tests can assert what was (and was not) logged. */
export function memoryLogger() {
  const records: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    records.push({ level, message, fields });
  };
  return {
    records,
    logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") },
  };
}
