import YAML from "yaml";
import type { CommandIo } from "../replay.ts";

export type Format = "table" | "json" | "yaml";
export const FORMATS: readonly Format[] = ["table", "json", "yaml"];

/** A column of a table: its header and how to show a row's cell. */
export interface Column<T> {
  header: string;
  cell: (row: T, style: Style) => string;
}

/** ANSI colour when allowed, plain text otherwise. */
export interface Style {
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  /** A status word coloured by what it means. */
  status(text: string): string;
}

const ansi = (code: number) => (text: string) => `\x1b[${code}m${text}\x1b[0m`;
const plain = (text: string) => text;

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org) or --no-color. */
export function styleFor(io: CommandIo, noColor = false): Style {
  const on = io.stdoutIsTerminal === true && !noColor &&
    (io.env.NO_COLOR === undefined || io.env.NO_COLOR === "") && io.env.TERM !== "dumb";
  const [green, yellow, red, cyan, dim, bold] = on
    ? [ansi(32), ansi(33), ansi(31), ansi(36), ansi(2), ansi(1)]
    : [plain, plain, plain, plain, plain, plain];
  const good = new Set(["healthy", "active", "ok", "resolved", "true"]);
  const warn = new Set(["suspect", "detached", "draining", "pending", "acknowledged"]);
  const bad = new Set(["unhealthy", "firing", "failed", "revoked", "deregistered", "false"]);
  return {
    green,
    yellow,
    red,
    cyan,
    dim,
    bold,
    status: (text) =>
      good.has(text)
        ? green(text)
        : warn.has(text)
        ? yellow(text)
        : bad.has(text)
        ? red(text)
        : text,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID's first 8 characters (as git shows commits); other ids are already short and stay. */
export function shortId(id: string | undefined | null): string {
  if (!id) return "-";
  return UUID.test(id) ? id.slice(0, 8) : id;
}

/** "12s ago", "3m ago", "in 2h": what a person reads in a table. */
export function relativeTime(iso: string | undefined | null, now = Date.now()): string {
  if (!iso) return "-";
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const seconds = Math.round((now - at) / 1000);
  const abs = Math.abs(seconds);
  const amount = abs < 60
    ? `${abs}s`
    : abs < 3600
    ? `${Math.floor(abs / 60)}m`
    : abs < 86_400
    ? `${Math.floor(abs / 3600)}h`
    : `${Math.floor(abs / 86_400)}d`;
  return seconds >= 0 ? `${amount} ago` : `in ${amount}`;
}

// deno-lint-ignore no-control-regex
const ANSI_CODES = /\x1b\[[0-9;]*m/g;
const width = (text: string) => [...text.replace(ANSI_CODES, "")].length;

/** Rows as aligned columns under upper-case headers, two spaces apart. */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[], style: Style): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row, style).replace(/\s+/g, " ")));
  const headers = columns.map((c) => c.header.toUpperCase());
  const widths = headers.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i]!))));
  const line = (values: string[]) =>
    values.map((v, i) => i === values.length - 1 ? v : v + " ".repeat(widths[i]! - width(v)))
      .join("  ").trimEnd();
  return [style.bold(line(headers)), ...cells.map(line)].join("\n") + "\n";
}

/** One record as `key: value` lines, for `show` in table format. */
export function details(record: Record<string, unknown>, style: Style): string {
  const keys = Object.keys(record);
  const pad = Math.max(0, ...keys.map((k) => k.length)) + 1;
  return keys.map((key) => {
    const value = record[key];
    const text = value === undefined || value === null
      ? "-"
      : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);
    return `${style.dim(`${key}:`.padEnd(pad))} ${text}`;
  }).join("\n") + "\n";
}

/** A value in a machine format: JSON (two-space indent) or YAML. */
export function machine(value: unknown, format: "json" | "yaml"): string {
  return format === "json" ? `${JSON.stringify(value, null, 2)}\n` : YAML.stringify(value);
}
