/** This build's version: what `GET /api/v1/nodes` and the CLI report. */
export const SWITCHBOARD_VERSION = "1.0.0";
