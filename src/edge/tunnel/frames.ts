/**
 * WebSocket frames: opcodes (opcodes.ts), the header scanner the relay
 * runs on every chunk (frame-scanner.ts) and the frames the edge writes
 * itself (frame-encoding.ts), importable from one place.
 */
export * from "./opcodes.ts";
export * from "./frame-scanner.ts";
export * from "./frame-encoding.ts";
