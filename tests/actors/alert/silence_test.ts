import assert from "node:assert/strict";
import { silenceActor } from "../../../actors/silence/mod.ts";
import { type Silence, silenced, silencedBy } from "../../../actors/alert/mod.ts";
import type { DomainEvent } from "../../../events/mod.ts";
import { at, scenario } from "../given-when-then.ts";

const silences = () => scenario(silenceActor, "s1");
const matchers = [{ name: "agentId", value: "a1", isRegex: false, isEqual: true }];
const principal = { sub: "alice", roles: ["operator"] };
const created: DomainEvent = {
  type: "silence.created",
  data: {
    silenceId: "s1",
    matchers,
    startsAt: at(0),
    endsAt: at(3600),
    comment: "maintenance",
    author: "alice",
    at: at(0),
  },
};

Deno.test("silence: created with its author, deleted once", () => {
  silences().given().when(
    "create",
    { matchers, endsAt: at(3600), comment: "maintenance" },
    at(0),
    { principal },
  ).then([created]);
  silences().given(created).when("delete", {}, at(10)).then([{
    type: "silence.deleted",
    data: { silenceId: "s1", at: at(10) },
  }]);
  silences().given().when("delete", {}).thenRejected("silence_not_found");
});

Deno.test("silence: an end in the past or before its start, or a bad regex, is refused", () => {
  silences().given().when("create", { matchers, endsAt: at(-1) }, at(0)).thenRejected(
    "invalid_silence",
  );
  silences().given().when("create", { matchers, startsAt: at(10), endsAt: at(5) }, at(0))
    .thenRejected("invalid_silence");
  const bad = silences().given().when(
    "create",
    { matchers: [{ name: "agentId", value: "(", isRegex: true }], endsAt: at(60) },
    at(0),
  ).thenRejected("invalid_silence");
  assert.match(bad.message, /matchers\.0\.value/);
});

Deno.test("silenced: matchers with equality, negation and anchored regexes, within the window", () => {
  const s = (m: Silence["matchers"], from = 0, to = 60): Silence => ({
    silenceId: "s",
    matchers: m,
    startsAt: at(from),
    endsAt: at(to),
    comment: "",
    author: "alice",
  });
  const labels = { agentId: "a1", alertname: "AgentDown", severity: "critical" };
  assert.equal(silenced(labels, [s(matchers)], at(10)), true);
  assert.equal(silenced(labels, [s(matchers)], at(60)), false, "ends at endsAt");
  assert.equal(silenced(labels, [s(matchers, 20)], at(10)), false, "not started yet");
  const re = (
    value: string,
    isEqual = true,
  ) => [{ name: "agentId", value, isRegex: true, isEqual }];
  assert.equal(silenced(labels, [s(re("a.*"))], at(1)), true);
  assert.equal(silenced(labels, [s(re("a"))], at(1)), false, "anchored");
  assert.equal(silenced(labels, [s(re("b.*", false))], at(1)), true, "negated regex");
  const two = [...matchers, { name: "severity", value: "warning", isRegex: false, isEqual: true }];
  assert.equal(silenced(labels, [s(two)], at(1)), false, "every matcher must match");
  assert.deepEqual(silencedBy(labels, [s(two), s(matchers)], at(1)).length, 1);
});
