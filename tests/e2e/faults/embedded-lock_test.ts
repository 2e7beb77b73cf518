import assert from "node:assert/strict";
import { freePorts } from "../../support/fleet.ts";
import { adminToken, startMain } from "../../support/main-process.ts";
import { waitFor } from "../../support/time.ts";

const projectDir = new URL("../../../", import.meta.url).pathname;

/** `deno task cli ARGS` as a separate process on `dataDir`, as an operator runs it. */
async function cli(dataDir: string, ...args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--config",
      `${projectDir}deno.json`,
      `${projectDir}src/cli/main.ts`,
      ...args,
    ],
    env: { DATA_DIR: dataDir, DATABASE_URL: "", NATS_URL: "", LOG_LEVEL: "warn" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return { code: out.code, stdout: text.decode(out.stdout), stderr: text.decode(out.stderr) };
}

/** `deno task start` without demo agents on `dataDir`; resolves once it is ready. */
async function startNode(dataDir: string) {
  const [port] = freePorts(1);
  const url = `http://127.0.0.1:${port}`;
  const process = startMain(port!, dataDir, { DEMO_AGENTS: "0" });
  await waitFor(
    () => fetch(`${url}/readyz`).then((r) => (r.body?.cancel(), r.ok), () => false),
    "the node to be ready",
    60_000,
  );
  return { url, port: port!, process };
}

/** A second `deno task start` on `dataDir`: it should not start. */
async function secondNode(dataDir: string) {
  const [port] = freePorts(1);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--config", `${projectDir}deno.json`, `${projectDir}src/main.ts`],
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_AGENTS: "0",
      DATABASE_URL: "",
      NATS_URL: "",
      LOG_LEVEL: "warn",
    },
    stdout: "null",
    stderr: "piped",
  }).output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr) };
}

async function api(url: string, path: string, init: RequestInit = {}) {
  const res = await fetch(`${url}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${await adminToken()}`, "content-type": "application/json" },
  });
  return { status: res.status, body: await res.json() };
}

function stopped(process: Deno.ChildProcess) {
  try {
    process.kill("SIGTERM");
  } catch { /* already exited */ }
  return process.status;
}

Deno.test({
  name:
    "faults: offline commands against a live embedded node are refused naming it, the node keeps serving and the data stays intact; a killed node's lock is taken over",
  async fn() {
    const dataDir = await Deno.makeTempDir({ prefix: "switchboard-lock-e2e-" });
    let node: Awaited<ReturnType<typeof startNode>> | undefined;
    try {
      node = await startNode(dataDir);
      const registered = await api(node.url, "/agents", {
        method: "POST",
        body: JSON.stringify({
          id: "a1",
          name: "a1",
          host: "127.0.0.1",
          port: 1,
          agentType: "echo",
          capabilities: ["echo"],
        }),
      });
      assert.equal(registered.status, 201, JSON.stringify(registered.body));

      // Every offline command is refused, naming the node and what to do.
      const holder = new RegExp(
        `in use by pid ${node.process.pid} on .+ since \\S+ \\(node \\S+ on port ${node.port}\\): `,
      );
      const refusals = new Map<string, string>();
      for (
        const args of [
          ["hashes"],
          ["replay", "--verify-only"],
          ["backup", `${dataDir}/backup.ndjson.gz`],
        ]
      ) {
        const run = await cli(dataDir, ...args);
        assert.equal(run.code, 1, `${args.join(" ")}: ${run.stderr}`);
        assert.match(run.stderr, holder, args.join(" "));
        assert.match(run.stderr, /: stop the node first/, args.join(" "));
        assert.equal(run.stderr.trim().split("\n").length, 1, `one line: ${run.stderr}`);
        refusals.set(args[0]!, run.stderr);
      }
      assert.match(
        refusals.get("backup")!,
        /online backup with `deno task cli backup FILE --server URL`/,
      );
      assert.match(refusals.get("replay")!, /POST \/api\/v1\/projections\/rebuild/);
      await assert.rejects(Deno.stat(`${dataDir}/backup.ndjson.gz`), Deno.errors.NotFound);

      // A second node on the same directory is refused too.
      const second = await secondNode(dataDir);
      assert.equal(second.code, 1, second.stderr);
      assert.match(second.stderr, holder);
      assert.match(second.stderr, /stop that node first, or give this one its own DATA_DIR/);

      // The node still serves, reads and rebuilds its projections.
      const agents = await api(node.url, "/agents?at=1000000");
      assert.equal(agents.status, 200, JSON.stringify(agents.body));
      assert.equal(agents.body.items.length, 1, JSON.stringify(agents.body));
      const rebuilt = await api(node.url, "/projections/rebuild", { method: "POST" });
      assert.equal(rebuilt.status, 200, JSON.stringify(rebuilt.body));
      assert.equal(rebuilt.body.identical, true);

      // Stopped, it lets go: the commands run and find the data intact.
      assert.equal((await stopped(node.process)).code, 0);
      node = undefined;
      const hashes = await cli(dataDir, "hashes");
      assert.equal(hashes.code, 0, hashes.stderr);
      assert.match(hashes.stdout, /fingerprint [0-9a-f]{64}/);
      assert.match(hashes.stdout, /^ {2}agents +1 rows/m, "the registered agent is there");
      assert.doesNotMatch(hashes.stderr, /took over/, "a stopped node left no holder behind");
      const replay = await cli(dataDir, "replay", "--verify-only");
      assert.equal(replay.code, 0, replay.stdout + replay.stderr);
      assert.match(replay.stdout, /result: identical/);

      // Killed, it cannot let go: the next command takes the lock over and says so.
      node = await startNode(dataDir);
      const killedPid = node.process.pid;
      node.process.kill("SIGKILL");
      await node.process.status;
      node = undefined;
      const after = await cli(dataDir, "replay", "--verify-only");
      assert.equal(after.code, 0, after.stdout + after.stderr);
      assert.match(after.stderr, new RegExp(`took over .+ from pid ${killedPid} .+did not stop`));
      assert.match(after.stdout, /result: identical/);
    } finally {
      if (node) await stopped(node.process);
      await Deno.remove(dataDir, { recursive: true });
    }
  },
});
