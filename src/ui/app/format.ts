/** API keys sign in as `apikey:<uuid>`: shown as "API key 1a2b3c4d". */
export function displayName(sub: string | undefined): string {
  if (!sub) return "";
  const key = /^apikey:(.{8})/.exec(sub);
  return key ? `API key ${key[1]}` : sub;
}

/** How figures read: short ids, relative times, rates and sizes with units. */
export function shortId(id: string | undefined): string {
  if (!id) return "—";
  return id.length > 12 ? id.slice(0, 8) : id;
}

export function relative(iso: string | undefined | null, now = Date.now()): string {
  if (!iso) return "never";
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  const future = seconds < 0;
  const s = Math.abs(seconds);
  const text = s < 5
    ? "just now"
    : s < 60
    ? `${s}s`
    : s < 3600
    ? `${Math.floor(s / 60)}m`
    : s < 86_400
    ? `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`
    : `${Math.floor(s / 86_400)}d`;
  if (text === "just now") return text;
  return future ? `in ${text}` : `${text} ago`;
}

export function absolute(iso: string | undefined | null): string {
  if (!iso) return "";
  return new Date(iso).toLocaleString();
}

export function rate(value: number | undefined | null, unit = "/s"): string {
  if (value === undefined || value === null || Number.isNaN(value)) return "—";
  const v = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
  return `${v}${unit}`;
}

export function bytes(value: number | undefined | null, suffix = ""): string {
  if (value === undefined || value === null) return "—";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = value;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 100 || i === 0 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}${suffix}`;
}

export function percent(value: number | undefined | null): string {
  if (value === undefined || value === null) return "—";
  return `${(value * 100).toFixed(value < 0.01 && value > 0 ? 2 : 1)}%`;
}

export function ms(value: number | undefined | null): string {
  if (value === undefined || value === null) return "—";
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

/** Two latencies in one figure: "1.4 / 77.9 ms". */
export function msPair(a: number | undefined | null, b: number | undefined | null): string {
  const n = (v: number | undefined | null) =>
    v === undefined || v === null ? "—" : v >= 100 ? v.toFixed(0) : v.toFixed(1);
  return a === undefined || a === null ? `— / ${ms(b)}` : `${n(a)} / ${ms(b)}`;
}

export function count(value: number | undefined | null): string {
  if (value === undefined || value === null) return "—";
  return value.toLocaleString();
}
