/**
 * `deno task bench [name…]`: runs each benchmark in turn; every figure is one
 * JSON line on stdout. Benchmarks that need PostgreSQL or NATS measure them
 * only when DATABASE_URL / NATS_URL are set.
 */
const benches: Record<string, () => Promise<{ default: () => Promise<void> }>> = {
  store: () => import("./store.ts"),
  runtime: () => import("./runtime.ts"),
  sessions: () => import("./sessions.ts"),
  relay: () => import("./relay.ts"),
  "edge-meter": () => import("./edge-meter.ts"),
  capacity: () => import("./capacity.ts"),
  "slow-reader": () => import("./slow-reader.ts"),
  projections: () => import("./projections.ts"),
  router: () => import("./router.ts"),
  alerts: () => import("./alerts.ts"),
  soak: () => import("./soak.ts"),
};

// Flags after the names (`soak --minutes 1`) are the benchmarks' own: each reads Deno.args.
const names = Deno.args.slice(
  0,
  (Deno.args.findIndex((a) => a.startsWith("--")) + 1 || Deno.args.length + 1) - 1,
);
const wanted = names.length > 0 ? names : Object.keys(benches);
for (const name of wanted) {
  const load = benches[name];
  if (!load) {
    console.error(`unknown benchmark '${name}'; known: ${Object.keys(benches).join(", ")}`);
    Deno.exit(2);
  }
  const bench = await load();
  await bench.default();
}
