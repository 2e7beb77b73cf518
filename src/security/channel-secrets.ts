import { SecretBox, SecretBoxError } from "./secret-box.ts";
import { hmacSha256Hex } from "./webhook-signature.ts";

/** The key id of the key derived from the JWT secret: distinct from any `SWITCHBOARD_DATA_KEY` id. */
const DERIVED_KEY_ID = "sbjwt";

/**
 * Seals notification-channel secrets for the event log. The notifier must
 * read a secret back on whichever node holds the alerting lease, so it is
 * encrypted (AES-GCM, SecretBox) rather than hashed, under a key every node
 * of the cluster has: `SWITCHBOARD_DATA_KEY` when set, else a key derived
 * from the JWT secret (HMAC with a label of its own, so the JWT secret
 * itself is not the AES key). Envelopes are bound to the channel id. What
 * `GET /events` shows is ciphertext; rotating the JWT secret without a data
 * key makes stored channel secrets unreadable (the deliveries say so).
 */
export class ChannelSecrets {
  private constructor(
    private readonly sealer: SecretBox,
    private readonly openers: readonly SecretBox[],
  ) {}

  /** Undefined when there is no key at all (auth off and no data key): channels stay unsigned. */
  static async create(
    keys: { dataKey?: string | undefined; jwtSecret?: string | undefined },
  ): Promise<ChannelSecrets | undefined> {
    const derived = keys.jwtSecret
      ? await SecretBox.create([{
        id: DERIVED_KEY_ID,
        secret: await hmacSha256Hex(keys.jwtSecret, "switchboard/notification-channel-secrets"),
      }])
      : undefined;
    const data = keys.dataKey ? await SecretBox.fromEnv(keys.dataKey) : undefined;
    const sealer = data ?? derived;
    if (!sealer) return undefined;
    return new ChannelSecrets(sealer, [data, derived].filter((b) => b !== undefined));
  }

  seal(channelId: string, secret: string): Promise<string> {
    return this.sealer.seal(secret, associated(channelId));
  }

  /** The plain secret; SecretBoxError when no configured key opens it. */
  async open(channelId: string, sealed: string): Promise<string> {
    let last: unknown;
    for (const box of this.openers) {
      try {
        return await box.open(sealed, associated(channelId));
      } catch (error) {
        last = error;
      }
    }
    throw last instanceof SecretBoxError ? last : new SecretBoxError(String(last));
  }
}

function associated(channelId: string): string {
  return `notification-channel/${channelId}`;
}
