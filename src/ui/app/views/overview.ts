import { useEffect, useMemo, useState } from "preact/hooks";
import { html } from "../html.ts";
import { get } from "../api.ts";
import { live, useChanges, useStore } from "../store.ts";
import { Card, ErrorNote, Segmented, Stat } from "../components.ts";
import { Chart } from "../chart.ts";
import { bytes, count, ms, msPair, percent, rate } from "../format.ts";
import type { LoadPoint, Sample } from "../types.ts";
import { ClusterSummary } from "./cluster.ts";
import { AlertBanner } from "./alert-banner.ts";

type Range = "5m" | "1h" | "24h";
const RANGES: Record<Range, { seconds: number; resolution: 10 | 60 }> = {
  "5m": { seconds: 300, resolution: 10 },
  "1h": { seconds: 3600, resolution: 60 },
  "24h": { seconds: 86_400, resolution: 60 },
};

const C = {
  a: "var(--c1)",
  b: "var(--c2)",
  c: "var(--c3)",
  d: "var(--c4)",
};

/** A figure of a point by path ("relayLatencyMs.p99"); null where the node does not report it. */
export function figure(point: LoadPoint, path: string): number | null {
  let value: unknown = point;
  for (const key of path.split(".")) {
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : null;
  }
  return typeof value === "number" ? value : null;
}

/** Columns [x, ...ys] from series points, oldest first, inside the range. */
function columns(
  points: LoadPoint[],
  fields: (string | ((p: LoadPoint) => number | null))[],
  since: number,
): (number | null)[][] {
  const sorted = [...points].filter((p) => Date.parse(p.start) >= since)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return [
    sorted.map((p) => Date.parse(p.start) / 1000),
    ...fields.map((f) => sorted.map((p) => typeof f === "string" ? figure(p, f) : f(p))),
  ];
}

/** Opens per second of a bucket, where the node's series count opens (`opened`). */
const opensPerSecond = (p: LoadPoint) => {
  const opened = figure(p, "opened");
  return opened === null ? null : opened / p.seconds;
};

/** Sessions and opens/s from the live feed's samples (running totals → rates). */
function sampleColumns(history: Sample[], since: number) {
  const within = history.filter((s) => Date.parse(s.at) >= since);
  const xs = within.map((s) => Date.parse(s.at) / 1000);
  const sessions = within.map((s) => s.sessions);
  const opens = within.map((s, i) => {
    const prev = within[i - 1];
    if (!prev) return null;
    const dt = (Date.parse(s.at) - Date.parse(prev.at)) / 1000;
    return dt > 0 ? Math.max(0, (s.opened - prev.opened) / dt) : null;
  });
  return { xs, sessions, opens };
}

export function Overview() {
  const state = useStore(live);
  const [range, setRange] = useState<Range>("5m");
  const [points, setPoints] = useState<LoadPoint[]>([]);
  const [error, setError] = useState<unknown>(null);
  const tick = useChanges("tick");
  const summary = state.fleet?.summary;
  const { seconds, resolution } = RANGES[range];

  useEffect(() => {
    const limit = Math.ceil(seconds / resolution) + 1;
    get<{ items: LoadPoint[] }>("/load/series", { scope: "fleet", resolution, limit })
      .then((r) => {
        setPoints(r.items);
        setError(null);
      })
      .catch(setError);
  }, [range, Math.floor(tick / 5)]);

  const since = Date.now() - seconds * 1000;
  const xRange: [number, number] = [since / 1000, Date.now() / 1000];
  const samples = useMemo(() => sampleColumns(state.history, since), [state.history, range]);
  // Series that count opens cover any range; before that, the live feed's samples do.
  const seriesOpens = points.some((p) => figure(p, "opened") !== null);
  const relaySeries = points.some((p) => figure(p, "relayLatencyMs.p50") !== null)
    ? ["relayLatencyMs.p50", "relayLatencyMs.p99"]
    : ["latencyP50Ms", "latencyP99Ms"];
  const relay = summary?.relayLatencyMs;
  const response = summary?.responseLatencyMs;

  return html`
    <div class="view">
      <${AlertBanner} />
      <div class="view-head">
        <h1>Overview</h1>
        <div class="spacer"></div>
        <${Segmented} label="Time range" value=${range} onChange=${setRange}
          options=${[{ value: "5m", label: "5 min" }, { value: "1h", label: "1 h" }, {
            value: "24h",
            label: "24 h",
          }]} />
      </div>
      <${ErrorNote} error=${error} />
      <div class="stats">
          <${Stat} label="Live sessions" value=${count(summary?.sessions.live)}
            hint=${`${count(summary?.connections)} attached`} />
          <${Stat} label="Agents" value=${count(summary?.agents.total)}
            hint=${summary
              ? Object.entries(summary.agents.byStatus).map(([k, v]) => `${v} ${k}`).join(" · ")
              : ""} />
          <${Stat} label="Frames" value=${rate(summary?.framesPerSecond)} />
          <${Stat} label="Traffic" value=${bytes(summary?.bytesPerSecond, "/s")} />
          <${Stat} label="Error rate" value=${percent(summary?.errorRate)}
            tone=${(summary?.errorRate ?? 0) > 0.05 ? "bad" : ""} />
          <${Stat} label="Relay p50 / p99"
            value=${msPair(
              relay?.p50 ?? summary?.latencyP50Ms,
              relay?.p99 ?? summary?.latencyP99Ms,
            )} />
          ${response
            ? html`<${Stat} label="Response p50 / p99" value=${
              msPair(response.p50, response.p99)
            } />`
            : null}
        </div>
      <div class="charts">
        <${Chart} range=${xRange} title="Sessions" format=${(v: number) => v.toFixed(0)}
          series=${[{ label: "live sessions", color: C.a }]}
          data=${[samples.xs, samples.sessions]}
          emptyText="samples start when this node's UI feed starts" />
        <${Chart} range=${xRange} title="Opens per second" format=${(v: number) => rate(v, "")}
          series=${[{ label: "opens/s", color: C.b }]}
          data=${seriesOpens
            ? columns(points, [opensPerSecond], since)
            : [samples.xs, samples.opens]} />
        <${Chart} range=${xRange} title="Frames per second" format=${(v: number) => rate(v, "")}
          series=${[{ label: "frames/s", color: C.c }]}
          data=${columns(points, ["framesPerSecond"], since)} />
        <${Chart} range=${xRange} title="Bytes per second" format=${(v: number) => bytes(v)}
          series=${[{ label: "bytes/s", color: C.d }]}
          data=${columns(points, ["bytesPerSecond"], since)} />
        <${Chart} range=${xRange} title="Error rate" format=${(v: number) => percent(v)}
          series=${[{ label: "error rate", color: "var(--bad)" }]}
          data=${columns(points, ["errorRate"], since)} />
        <${Chart} range=${xRange} title="Relay latency" format=${(v: number) => ms(v)}
          series=${[{ label: "p50", color: C.a }, { label: "p99", color: C.b }]}
          data=${columns(points, relaySeries, since)}
          emptyText="no relay latency measured in this range" />
        <${Chart} range=${xRange} title="Response latency" format=${(v: number) => ms(v)}
          series=${[{ label: "p50", color: C.c }, { label: "p99", color: C.d }]}
          data=${columns(points, ["responseLatencyMs.p50", "responseLatencyMs.p99"], since)}
          emptyText="no response latency measured in this range" />
      </div>
      <${Card} title="Cluster">
        <${ClusterSummary} />
        </${Card}>
        </div>
  `;
}
