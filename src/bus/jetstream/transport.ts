import {
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamClient,
  type JetStreamManager,
  jetstreamManager,
  type StreamConfig,
} from "@nats-io/jetstream";
import {
  connect,
  createInbox,
  type NatsConnection,
  type Subscription,
} from "@nats-io/transport-node";

/**
 * Connection handling for the JetStream command log, apart from its
 * protocol: connecting (or borrowing a connection), the JetStream clients,
 * idempotent stream setup, and the shared reply inbox.
 */
export interface NatsTransport {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  /** Drains the connection if this transport opened it; a borrowed one is left open. */
  close(): Promise<void>;
}

export type TransportOptions =
  | { servers: string | string[]; connection?: undefined; name?: string }
  | { connection: NatsConnection; servers?: undefined; name?: string };

export async function openTransport(options: TransportOptions): Promise<NatsTransport> {
  const owned = options.connection === undefined;
  const nc = options.connection ??
    await connect({
      servers: options.servers,
      name: options.name ?? "switchboard-command-log",
      // A node should ride out a NATS restart rather than die with it.
      maxReconnectAttempts: -1,
      // No Error (stack trace) built per request in case it fails: measurable CPU per command.
      noAsyncTraces: true,
    });
  try {
    const jsm = await jetstreamManager(nc);
    return {
      nc,
      js: jsm.jetstream(),
      jsm,
      async close() {
        if (owned && !nc.isClosed()) await nc.drain();
      },
    };
  } catch (error) {
    if (owned) await nc.close();
    throw error;
  }
}

/**
 * Creates the stream, or brings an existing one to `config`. Safe to run on
 * every node at every start, including several nodes at once.
 */
export async function ensureStream(
  jsm: JetStreamManager,
  config: Partial<StreamConfig> & { name: string },
): Promise<void> {
  const existing = await jsm.streams.info(config.name).catch((error: unknown) => {
    if (isApiError(error, JetStreamApiCodes.StreamNotFound)) return undefined;
    throw error;
  });
  if (existing) {
    await jsm.streams.update(config.name, { ...existing.config, ...config });
    return;
  }
  try {
    await jsm.streams.add(config);
  } catch (error) {
    // Another node created it between our info and add, with other settings.
    await jsm.streams.update(config.name, config).catch(() => {
      throw error;
    });
  }
}

export function isApiError(error: unknown, code: number): boolean {
  return error instanceof JetStreamApiError && error.code === code;
}

/**
 * One subscription per connection for every reply: a sender waits under a
 * token, and the replier publishes to `<inbox>.<token>`. Creating a
 * subscription per command would cost two protocol round trips each.
 */
export class ReplyInbox {
  readonly #prefix: string;
  readonly #subscription: Subscription;

  constructor(nc: NatsConnection, onReply: (token: string, data: Uint8Array) => void) {
    this.#prefix = createInbox();
    this.#subscription = nc.subscribe(`${this.#prefix}.*`, {
      callback: (error, message) => {
        if (error) return;
        onReply(message.subject.slice(this.#prefix.length + 1), message.data);
      },
    });
  }

  subjectFor(token: string): string {
    return `${this.#prefix}.${token}`;
  }

  close(): void {
    this.#subscription.unsubscribe();
  }
}

/** Publishes a reply on core NATS: no stream, no ack; a sender that left just misses it. */
export function publishReply(nc: NatsConnection, subject: string, data: Uint8Array): void {
  if (!nc.isClosed()) nc.publish(subject, data);
}
