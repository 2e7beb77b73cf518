import { redact } from "../security/redact.ts";

/** A small leveled logger writing one line per record to stderr. */
export type LogLevel = "debug" | "info" | "warn" | "error";
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Logs never carry a credential: tokens, keys and secrets are masked on the way out. */
function render(fields: Record<string, unknown> | undefined): string {
  if (!fields) return "";
  let out = "";
  for (const [k, v] of Object.entries(fields)) {
    const text = v instanceof Error ? v.message : typeof v === "string" ? v : JSON.stringify(v);
    out += ` ${k}=${/\s/.test(text ?? "") ? JSON.stringify(text) : text}`;
  }
  return out;
}

export function createLogger(level: LogLevel = "info", name = "switchboard"): Logger {
  const min = order[level];
  const write = (lvl: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    if (order[lvl] < min) return;
    console.error(
      `${new Date().toISOString()} ${lvl.padEnd(5)} ${name}: ${redact(message + render(fields))}`,
    );
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
