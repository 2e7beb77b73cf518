import assert from "node:assert/strict";
import { startDemoFleet } from "../../src/agent/demo-fleet.ts";
import { waitFor } from "../support/time.ts";
import { FakeSwitchboard, freePort } from "./fake-switchboard.ts";
import { TestClient } from "./ws-client.ts";

Deno.test("demo fleet: three echo processes register and echo; SIGKILL kills one; stop() stops the rest", async () => {
  const api = new FakeSwitchboard({ token: "fleet-token" });
  const ports = [freePort(), freePort(), freePort()];
  const dataDir = await Deno.makeTempDir({ prefix: "switchboard-fleet-" });
  const fleet = await startDemoFleet({
    switchboardUrl: api.url,
    ports,
    token: "fleet-token",
    dataDir,
  });
  try {
    assert.deepEqual(fleet.agents.map((a) => a.name), ["echo-1", "echo-2", "echo-3"]);
    assert.deepEqual(fleet.agents.map((a) => a.port), ports);
    assert.equal(new Set(fleet.agents.map((a) => a.pid)).size, 3);
    assert.ok(fleet.agents.every((a) => a.pid !== Deno.pid));

    await waitFor(() => api.agents.size === 3, "three registrations", 30_000);
    for (const [i, port] of ports.entries()) {
      const stored = api.agents.get(`echo-${i + 1}`)!;
      assert.equal(stored.port, port);
      assert.deepEqual(stored.capabilities, ["echo"]);
      const client = await TestClient.open(`ws://127.0.0.1:${port}/?session=fleet-${i}`);
      client.send(`to ${i}`);
      client.send(new Uint8Array([i]));
      assert.equal(await client.next(), `to ${i}`);
      assert.deepEqual([...new Uint8Array(await client.next() as ArrayBuffer)], [i]);
      await client.close();
    }
    assert.ok(api.registrations().every((r) => r.authorization === "Bearer fleet-token"));

    const [first] = fleet.agents;
    first!.kill("SIGKILL");
    const status = await first!.status;
    assert.equal(status.signal, "SIGKILL");
    await assert.rejects(TestClient.open(`ws://127.0.0.1:${first!.port}/?session=dead`));

    await fleet.stop();
    const statuses = await Promise.all(fleet.agents.map((a) => a.status));
    assert.deepEqual(statuses.slice(1).map((s) => s.code), [0, 0], "graceful exits");
    assert.deepEqual(
      api.find("", "DELETE").map((r) => r.path).sort(),
      ["/api/v1/agents/echo-2", "/api/v1/agents/echo-3"],
      "the killed agent never deregistered; the stopped ones did",
    );
    const log = await Deno.readTextFile(`${dataDir}/agents/echo-2.log`);
    assert.match(log, /listening/);
  } finally {
    await fleet.stop();
    await api.close();
    await Deno.remove(dataDir, { recursive: true });
  }
});
