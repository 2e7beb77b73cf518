/**
 * The header the front door sets on every request it pipes to the API with
 * the client's address as it saw it: the internal Deno.serve only sees the
 * loopback pipe. Set by the edge, read by the API's guards and audit trail.
 */
export const PEER_HEADER = "x-switchboard-peer";
