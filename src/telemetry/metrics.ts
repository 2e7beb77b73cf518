/**
 * A small Prometheus registry: counters, gauges and histograms with labels,
 * rendered in the text exposition format (version 0.0.4). Hand-written
 * because the hot path only adds to numbers in a Map and the whole format is
 * a page of code; no dependency needed for that.
 */
type Labels = Record<string, string>;

function labelKey(labels: Labels): string {
  const keys = Object.keys(labels).sort();
  return keys.map((k) =>
    `${k}="${labels[k]!.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`
  )
    .join(",");
}

abstract class Metric {
  constructor(readonly name: string, readonly help: string, readonly type: string) {}
  abstract render(): string[];
  header(): string[] {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${this.type}`];
  }
}

export class Counter extends Metric {
  readonly #values = new Map<string, number>();
  readonly #live = new Map<string, () => number>();
  constructor(name: string, help: string) {
    super(name, help, "counter");
  }
  inc(labels: Labels = {}, by = 1): void {
    const key = labelKey(labels);
    this.#values.set(key, (this.#values.get(key) ?? 0) + by);
  }
  /** Adds what `read()` says at scrape time: counts still held by live objects (open sessions). */
  collect(read: () => number, labels: Labels = {}): void {
    this.#live.set(labelKey(labels), read);
  }
  render(): string[] {
    const keys = new Set([...this.#values.keys(), ...this.#live.keys()]);
    return [...keys].map((k) =>
      `${this.name}${k ? `{${k}}` : ""} ${
        (this.#values.get(k) ?? 0) + (this.#live.get(k)?.() ?? 0)
      }`
    );
  }
}

export class Gauge extends Metric {
  readonly #values = new Map<string, number | (() => number)>();
  readonly #many: Array<() => Iterable<[Labels, number]>> = [];
  constructor(name: string, help: string) {
    super(name, help, "gauge");
  }
  set(value: number, labels: Labels = {}): void {
    this.#values.set(labelKey(labels), value);
  }
  /** Read at scrape time: for figures something else already keeps. */
  collect(read: () => number, labels: Labels = {}): void {
    this.#values.set(labelKey(labels), read);
  }
  /** Read at scrape time: one series per entry, for label sets that come and go (agents). */
  collectMany(read: () => Iterable<[Labels, number]>): void {
    this.#many.push(read);
  }
  render(): string[] {
    const lines = [...this.#values].map(([k, v]) =>
      `${this.name}${k ? `{${k}}` : ""} ${typeof v === "function" ? v() : v}`
    );
    for (const read of this.#many) {
      for (const [labels, v] of read()) lines.push(`${this.name}{${labelKey(labels)}} ${v}`);
    }
    return lines;
  }
}

export class Histogram extends Metric {
  readonly #series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(name: string, help: string, readonly buckets: number[]) {
    super(name, help, "histogram");
  }
  /** `count` observations of `value` (a histogram bin's worth at once). */
  observe(value: number, labels: Labels = {}, count = 1): void {
    const key = labelKey(labels);
    let series = this.#series.get(key);
    if (!series) {
      this.#series.set(
        key,
        series = { counts: this.buckets.map(() => 0), sum: 0, count: 0 },
      );
    }
    for (let i = 0; i < this.buckets.length; i++) {
      if (value <= this.buckets[i]!) series.counts[i]! += count;
    }
    series.sum += value * count;
    series.count += count;
  }
  render(): string[] {
    const lines: string[] = [];
    for (const [key, s] of this.#series) {
      const sep = key ? "," : "";
      this.buckets.forEach((le, i) =>
        lines.push(`${this.name}_bucket{${key}${sep}le="${le}"} ${s.counts[i]}`)
      );
      lines.push(`${this.name}_bucket{${key}${sep}le="+Inf"} ${s.count}`);
      lines.push(`${this.name}_sum${key ? `{${key}}` : ""} ${s.sum}`);
      lines.push(`${this.name}_count${key ? `{${key}}` : ""} ${s.count}`);
    }
    return lines;
  }
}

export class MetricsRegistry {
  readonly #metrics: Metric[] = [];
  counter(name: string, help: string): Counter {
    return this.#add(new Counter(name, help));
  }
  gauge(name: string, help: string): Gauge {
    return this.#add(new Gauge(name, help));
  }
  histogram(name: string, help: string, buckets: number[]): Histogram {
    return this.#add(new Histogram(name, help, buckets));
  }
  #add<M extends Metric>(metric: M): M {
    this.#metrics.push(metric);
    return metric;
  }
  render(): string {
    return this.#metrics.flatMap((m) => [...m.header(), ...m.render()]).join("\n") + "\n";
  }
}

/** Switchboard's metrics (CONTRACT.md: GET /metrics). One registry per node. */
export function switchboardMetrics() {
  const registry = new MetricsRegistry();
  return {
    registry,
    sessions: registry.gauge("switchboard_sessions", "Client sessions relayed by this edge now"),
    connections: registry.gauge(
      "switchboard_connections",
      "Open client WebSocket connections on this edge",
    ),
    frames: registry.counter(
      "switchboard_frames_total",
      "Frames relayed, by direction (in = client to agent)",
    ),
    bytes: registry.counter("switchboard_bytes_total", "Bytes relayed, by direction"),
    routingDecisions: registry.counter(
      "switchboard_routing_decisions_total",
      "Routing decisions by strategy and outcome",
    ),
    commandSeconds: registry.histogram(
      "switchboard_command_duration_seconds",
      "Time from dispatch to reply, by actor type and outcome",
      [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    ),
    projectionLag: registry.gauge(
      "switchboard_projection_lag_events",
      "Events committed but not yet in the projection, by projection",
    ),
    sessionOpens: registry.counter("switchboard_session_opens_total", "Session opens by outcome"),
    upstreamPoolIdle: registry.gauge(
      "switchboard_upstream_pool_idle",
      "Pre-dialled agent sockets waiting for a session on this edge",
    ),
    upstreamPoolTakes: registry.counter(
      "switchboard_upstream_pool_takes_total",
      "Session dials served by a pooled socket (hit) or dialled on demand (miss)",
    ),
    failovers: registry.counter(
      "switchboard_failovers_total",
      "Sessions moved off a failed agent, by outcome",
    ),
    memory: processMemory(registry),
    ...edgeFigures(registry),
  };
}

/** Latency buckets in seconds: 10 µs to 10 s (relay latency is tens of µs, responses ms to s). */
const LATENCY_BUCKETS = [
  0.00001,
  0.000025,
  0.00005,
  0.0001,
  0.00025,
  0.0005,
  0.001,
  0.0025,
  0.005,
  0.01,
  0.025,
  0.05,
  0.1,
  0.25,
  0.5,
  1,
  2.5,
  5,
  10,
];

/**
 * What the edge measures (src/edge/edge-meter.ts), labelled by capability
 * and agent. Added when the figures reporter takes a batch, so they trail
 * the relay by at most one report interval.
 */
function edgeFigures(registry: MetricsRegistry) {
  return {
    edgeOpens: registry.counter(
      "switchboard_edge_opens_total",
      "Opens by outcome (opened, resumed, refused), with the close code and reason class of refusals",
    ),
    edgeFailovers: registry.counter(
      "switchboard_edge_failovers_total",
      "Sessions moved to another agent by reason class (agent_lost, agent_ejected, agent_drained …), and moves that failed (failed)",
    ),
    erroredSessions: registry.counter(
      "switchboard_errored_sessions_total",
      "Relayed sessions the edge ended with an error close code",
    ),
    agentSocketErrors: registry.counter(
      "switchboard_agent_socket_errors_total",
      "Agent sockets that failed: dials that failed and relayed sockets lost without a close",
    ),
    clientCloses: registry.counter(
      "switchboard_client_closes_total",
      "Sessions ended by their client, by the client's close code (none: no code read)",
    ),
    relayLatency: registry.histogram(
      "switchboard_relay_latency_seconds",
      "Time a batch of frames spends inside the edge, read to write, both directions",
      LATENCY_BUCKETS,
    ),
    responseLatency: registry.histogram(
      "switchboard_response_latency_seconds",
      "A client message to the agent's next frame (time to first token)",
      LATENCY_BUCKETS,
    ),
    agentCpu: registry.gauge("switchboard_agent_cpu_percent", "CPU the agent last reported"),
    agentQueueDepth: registry.gauge(
      "switchboard_agent_queue_depth",
      "Queue depth the agent last reported",
    ),
    agentLatency: registry.gauge(
      "switchboard_agent_reported_latency_ms",
      "Latency the agent last reported in its heartbeat",
    ),
  };
}

/** The process's memory as Prometheus names it, read at scrape time. */
function processMemory(registry: MetricsRegistry): Gauge {
  const rss = registry.gauge("process_resident_memory_bytes", "Resident memory size in bytes");
  rss.collect(() => Deno.memoryUsage().rss);
  const heap = registry.gauge(
    "switchboard_js_heap_bytes",
    "JavaScript heap (used and total) and memory held outside it (external), in bytes",
  );
  heap.collect(() => Deno.memoryUsage().heapUsed, { kind: "used" });
  heap.collect(() => Deno.memoryUsage().heapTotal, { kind: "total" });
  heap.collect(() => Deno.memoryUsage().external, { kind: "external" });
  return heap;
}
export type SwitchboardMetrics = ReturnType<typeof switchboardMetrics>;
