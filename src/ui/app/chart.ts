import uPlot from "uplot";
import { useEffect, useRef, useState } from "preact/hooks";
import { html } from "./html.ts";

export interface ChartSeries {
  label: string;
  color: string;
  /** Dashed line, e.g. for a threshold. */
  dash?: boolean;
}

export interface ChartProps {
  title: string;
  series: ChartSeries[];
  /** [x (unix seconds), ...one array per series]; null is a gap. */
  data: (number | null)[][];
  format: (value: number) => string;
  height?: number;
  /** Says what the chart shows when there is nothing to draw. */
  emptyText?: string;
  /** The time range shown, unix seconds: charts of one view line up. */
  range?: [number, number];
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

/** Canvas takes no CSS variables: `var(--c1)` is looked up now. */
function colour(value: string): string {
  const match = /^var\((--[\w-]+)\)$/.exec(value);
  return match ? cssVar(match[1]!) : value;
}

/**
 * A uPlot time series in a card: sized to its container (ResizeObserver),
 * coloured from the theme's CSS variables, and updated in place when new
 * data arrives (setData) rather than rebuilt.
 */
export function Chart(
  { title, series, data, format, height = 170, emptyText, range }: ChartProps,
) {
  const rangeRef = useRef(range);
  rangeRef.current = range;
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [theme, setTheme] = useState(0);
  useEffect(() => {
    const onTheme = () => setTheme((n) => n + 1);
    addEventListener("switchboard-theme", onTheme);
    return () => removeEventListener("switchboard-theme", onTheme);
  }, []);
  const shape = series.map((s) => s.label + s.color).join("|");
  const hasData = (data[0]?.length ?? 0) > 0 &&
    data.slice(1).some((ys) => ys.some((y) => y !== null && y !== undefined));

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const axis = {
      stroke: cssVar("--muted"),
      grid: { stroke: cssVar("--grid"), width: 1 },
      ticks: { stroke: cssVar("--grid"), width: 1 },
      font: "11px system-ui, sans-serif",
    };
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      legend: { show: true, live: true },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: {
          time: true,
          range: (_u, min, max) => rangeRef.current ?? [min, max],
        },
        y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
      },
      axes: [
        axis,
        { ...axis, size: 60, values: (_u, ticks) => ticks.map((t) => format(t)) },
      ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: colour(s.color),
          width: 2,
          ...(s.dash ? { dash: [6, 4] } : {}),
          // A lone point draws no line: show points while there are few.
          points: { show: (u: uPlot) => (u.data[0]?.length ?? 0) < 4, size: 6 },
          value: (_u: uPlot, v: number | null) => v === null || v === undefined ? "—" : format(v),
        })),
      ],
    };
    const u = new uPlot(opts, data as uPlot.AlignedData, el);
    plot.current = u;
    const resize = new ResizeObserver(() => {
      u.setSize({ width: Math.max(200, el.clientWidth), height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
    // Rebuilt only when the series themselves change; data goes through setData below.
  }, [shape, height, theme]);

  useEffect(() => {
    plot.current?.setData(data as uPlot.AlignedData);
  }, [data]);

  const nonzero = data.slice(1).some((ys) => ys.some((y) => typeof y === "number" && y > 0));
  return html`<figure class="chart" aria-label=${title} data-nonzero=${nonzero ? "" : undefined}>
    <figcaption>${title}</figcaption>
    <div class="chart-box" ref=${box} role="img" aria-label=${`${title} chart`}></div>
    ${
    hasData
      ? null
      : html`<div class="chart-empty">${emptyText ?? "no data in this range yet"}</div>`
  }
  </figure>`;
}
