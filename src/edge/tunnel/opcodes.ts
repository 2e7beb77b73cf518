/** WebSocket opcodes and header sizes (RFC 6455 §5.2). */
export const OP_CONTINUATION = 0x0;
export const OP_TEXT = 0x1;
export const OP_BINARY = 0x2;
export const OP_CLOSE = 0x8;
export const OP_PING = 0x9;
export const OP_PONG = 0xa;

/** Largest header: 2 bytes + 8-byte length + 4-byte mask key. */
export const MAX_HEADER_BYTES = 14;
