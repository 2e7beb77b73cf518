import assert from "node:assert/strict";
import {
  CONFIG_ID,
  configActor,
  defaultRuntimeConfig,
  RuntimeConfig,
} from "../../../actors/config/mod.ts";
import type { DomainEvent } from "../../../events/mod.ts";
import { at, scenario } from "../given-when-then.ts";

const config = () => scenario(configActor, CONFIG_ID);
const withFrameLimit = (bytes: number) =>
  RuntimeConfig.parse({ limits: { ...defaultRuntimeConfig.limits, frameMaxBytes: bytes } });
const changed = (version: number, bytes: number, seconds = 0): DomainEvent => ({
  type: "config.changed",
  data: { version, config: withFrameLimit(bytes), at: at(seconds) },
});

Deno.test("config: a change is a new version carrying the whole config", () => {
  config().given().when("change", { config: withFrameLimit(2048) }).then([changed(1, 2048)]);
  config().given(changed(1, 2048)).when("change", {
    config: withFrameLimit(4096),
    expectedVersion: 1,
  }, at(5))
    .then([changed(2, 4096, 5)]);
  const state = config().given(changed(1, 2048), changed(2, 4096)).state;
  assert.equal(state.version, 2);
  assert.equal(state.config.limits.frameMaxBytes, 4096);
});

Deno.test("config: a stale expected version is refused (no lost update)", () => {
  config().given(changed(1, 2048), changed(2, 4096)).when("change", {
    config: withFrameLimit(8192),
    expectedVersion: 1,
  }).thenRejected("version_conflict");
});

Deno.test("config: setting the same config again records nothing", () => {
  config().given(changed(1, 2048)).when("change", { config: withFrameLimit(2048) }).thenNothing();
});

Deno.test("config: invalid values are refused by the command schema, naming the field", () => {
  const parsed = configActor.commands.change!.safeParse({
    config: { limits: { frameMaxBytes: 10 } },
  });
  assert.equal(parsed.success, false);
  assert.match(JSON.stringify(parsed.error!.issues[0]!.path), /frameMaxBytes/);
});
