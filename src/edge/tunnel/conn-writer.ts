/**
 * Ordered writes to one socket from several producers (the relay pump and
 * frames the edge injects), without an extra promise per write when idle.
 * A failed write fails every write queued after it: the socket is gone.
 */
export class ConnWriter {
  #tail: Promise<void> | null = null;
  #seq = 0;

  constructor(readonly conn: Deno.Conn) {}

  /** Resolves when `bytes` (and everything queued before) is written. */
  write(bytes: Uint8Array): Promise<void> {
    const seq = ++this.#seq;
    const run = async () => {
      let off = 0;
      while (off < bytes.length) off += await this.conn.write(bytes.subarray(off));
      if (seq === this.#seq) this.#tail = null;
    };
    const p = this.#tail === null ? run() : this.#tail.then(run);
    this.#tail = p;
    return p;
  }

  /** Resolves (never rejects) once every queued write has finished or failed. */
  async settled(): Promise<void> {
    while (this.#tail !== null) {
      const tail = this.#tail;
      try {
        await tail;
      } catch {
        if (this.#tail === tail) this.#tail = null;
      }
    }
  }
}
