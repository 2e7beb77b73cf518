/** One stored command: its encoded payload and, when a sender waits, its reply token. */
export interface LogEntry {
  readonly body: string;
  readonly replyTo: string | undefined;
  acked: boolean;
}

/** What the log tells its current consumer. */
export interface LogListener {
  /** Something new was appended. */
  appended(): void;
  /** `sequence` was acked, possibly through another (released) consumer's delivery. */
  acked(sequence: number): void;
  /** Stops delivery: a new owner is taking the partition over. */
  stop(options?: { release?: boolean }): Promise<void>;
}

// Trim the acked prefix in chunks: splicing on every ack would make a busy
// partition quadratic, never trimming would grow without bound.
const trimChunk = 1024;

/**
 * One partition of the in-process log: an append-only array with sequence
 * numbers from 1 and an ack floor (every sequence at or below it is acked).
 * Entries at or below the floor are never delivered again, so they are
 * dropped to keep memory bounded; the sequence numbering carries on.
 */
export class PartitionLog {
  #entries: LogEntry[] = [];
  /** Sequence of `#entries[0]`. */
  #first = 1;
  #floor = 0;
  /** The consumer that owns the partition now, if any. */
  owner: LogListener | undefined;

  get nextSequence(): number {
    return this.#first + this.#entries.length;
  }

  get ackFloor(): number {
    return this.#floor;
  }

  /** Entries still held (above the trimmed prefix): for tests of the memory bound. */
  get retained(): number {
    return this.#entries.length;
  }

  append(body: string, replyTo: string | undefined): number {
    this.#entries.push({ body, replyTo, acked: false });
    this.owner?.appended();
    return this.nextSequence - 1;
  }

  /** The entry, or undefined when it was trimmed (so acked) or does not exist yet. */
  get(sequence: number): LogEntry | undefined {
    return sequence < this.#first ? undefined : this.#entries[sequence - this.#first];
  }

  isAcked(sequence: number): boolean {
    return sequence <= this.#floor || this.get(sequence)?.acked === true;
  }

  /** Marks `sequence` done and moves the floor over every acked entry above it. */
  ack(sequence: number): void {
    const entry = this.get(sequence);
    if (!entry || entry.acked) return;
    entry.acked = true;
    while (this.get(this.#floor + 1)?.acked) this.#floor++;
    this.#trim();
    this.owner?.acked(sequence);
  }

  #trim(): void {
    const done = this.#floor - this.#first + 1;
    if (done < trimChunk) return;
    this.#entries.splice(0, done);
    this.#first += done;
  }
}
