/**
 * Ordered writes to one socket from several producers (the relay pump and
 * frames the edge injects). A failed write fails every write queued after
 * it: the socket is gone. The idle case costs one `conn.write` and one
 * continuation: this is on the per-frame path.
 */
export class ConnWriter {
  #tail: Promise<void> | null = null;
  #seq = 0;

  constructor(readonly conn: Deno.Conn) {}

  /** Resolves when `bytes` (and everything queued before) is written. */
  write(bytes: Uint8Array): Promise<void> {
    const seq = ++this.#seq;
    const p = this.#tail === null
      ? this.#writeFrom(bytes, seq)
      : this.#tail.then(() => this.#writeFrom(bytes, seq));
    this.#tail = p;
    return p;
  }

  #writeFrom(bytes: Uint8Array, seq: number): Promise<void> {
    return this.conn.write(bytes).then((n): Promise<void> | void => {
      if (n < bytes.length) return this.#writeFrom(bytes.subarray(n), seq);
      if (seq === this.#seq) this.#tail = null;
    });
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
