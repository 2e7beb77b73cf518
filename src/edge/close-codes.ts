/** WebSocket close codes of the client contract (CONTRACT.md, Client WebSocket). */
export const CloseCode = {
  normal: 1000,
  /** The edge is shutting down: reconnect (and resume) elsewhere. */
  goingAway: 1001,
  internal: 1011,
  /** A dependency (the event store, the command log) is down: retry later. */
  tryAgainLater: 1013,
  unauthorized: 4001,
  forbidden: 4003,
  unknownSession: 4004,
  rateLimited: 4008,
  frameTooLarge: 4009,
  noAgent: 4013,
  /** Query parameters the edge cannot use (an addition to the contract's list). */
  badRequest: 4400,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** A refusal the edge turns into a close frame: code plus a reason of at most 123 bytes. */
export class EdgeRefusal extends Error {
  constructor(readonly closeCode: CloseCode, reason: string) {
    super(truncateReason(reason));
    this.name = "EdgeRefusal";
  }
}

/** Close reasons are limited to 123 bytes of UTF-8 by RFC 6455. */
export function truncateReason(reason: string): string {
  const bytes = new TextEncoder().encode(reason);
  if (bytes.length <= 123) return reason;
  let cut = 120;
  while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--; // not inside a UTF-8 sequence
  return new TextDecoder().decode(bytes.slice(0, cut)) + "…";
}
