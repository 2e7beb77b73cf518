import assert from "node:assert/strict";
import { dialToken, startAgent } from "../../src/agent/sdk.ts";
import type { DialVerifier } from "../../src/agent/sdk.ts";
import { echo } from "../../src/agent/demo-echo.ts";
import { memoryLogger, rawUpgrade, TestClient } from "../agent/ws-client.ts";

function agentWith(verifyDial: DialVerifier) {
  return startAgent({
    name: "trust-test",
    agentType: "echo",
    capabilities: ["echo"],
    onSession: echo,
    verifyDial,
    logger: memoryLogger().logger,
  });
}

/** A stand-in for issue 7's check: only the token "good" may dial. */
const onlyGood: DialVerifier = (request) => dialToken(request) === "good";

Deno.test("verifyDial refusal: 401 without a token, 403 with a bad one", async () => {
  const agent = await agentWith(onlyGood);
  try {
    assert.equal((await rawUpgrade(agent.port, "/?session=s")).status, 401);
    assert.equal((await rawUpgrade(agent.port, "/?session=s&access_token=bad")).status, 403);
    assert.equal(
      (await rawUpgrade(agent.port, "/?session=s", { authorization: "Bearer bad" })).status,
      403,
    );
    assert.equal((await rawUpgrade(agent.port, "/?pool=1")).status, 401, "pooled dials too");
    assert.equal(agent.sessionCount(), 0);
  } finally {
    await agent.stop();
  }
});

Deno.test("verifyDial acceptance by header or query; async verifiers work", async () => {
  const agent = await agentWith(async (request) => {
    await Promise.resolve();
    return onlyGood(request);
  });
  try {
    const byHeader = await TestClient.open(`${agent.url}?session=h`, {
      headers: { authorization: "Bearer good" },
    });
    byHeader.send("hi");
    assert.equal(await byHeader.next(), "hi");
    await byHeader.close();
    const byQuery = await TestClient.open(`${agent.url}?session=q&access_token=good`);
    await byQuery.close();
  } finally {
    await agent.stop();
  }
});

Deno.test("a verifier that throws refuses the dial (fails closed)", async () => {
  const agent = await agentWith(() => {
    throw new Error("key server down");
  });
  try {
    assert.equal((await rawUpgrade(agent.port, "/?session=s&access_token=x")).status, 403);
  } finally {
    await agent.stop();
  }
});

Deno.test("dialToken reads the bearer header first, then access_token", () => {
  const at = (url: string, headers: Record<string, string> = {}) =>
    dialToken(new Request(url, { headers }));
  assert.equal(at("http://a/?access_token=q", { authorization: "Bearer h" }), "h");
  assert.equal(at("http://a/?access_token=q", { authorization: "Basic x" }), "q");
  assert.equal(at("http://a/", { authorization: "bearer   h2 " }), "h2");
  assert.equal(at("http://a/?access_token="), undefined);
  assert.equal(at("http://a/"), undefined);
});
