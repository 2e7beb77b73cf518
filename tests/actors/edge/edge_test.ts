import { edgeActor } from "../../../actors/edge/mod.ts";
import type { DomainEvent, EdgeFigureGroup } from "../../../events/mod.ts";
import { assertBadPayload, at, scenario } from "../given-when-then.ts";

const edge = () => scenario(edgeActor, "node-1");
const group = (over: Partial<EdgeFigureGroup> = {}): EdgeFigureGroup => ({
  capability: "echo",
  agentId: "a1",
  opened: 2,
  resumed: 0,
  refused: { "4013": 1 },
  failovers: {},
  failoverFailed: 0,
  errored: 0,
  agentErrors: 0,
  clientCloses: { "1000": 1 },
  relay: { "20": 5 },
  response: { "90": 2 },
  ...over,
});
const reported = (seconds: number, groups: EdgeFigureGroup[]): DomainEvent => ({
  type: "edge.figuresReported",
  data: { edgeId: "node-1", intervalMs: 10_000, groups, at: at(seconds) },
});

Deno.test("edge: a report of figures is recorded as one event stamped with the edge and the time", () => {
  edge().given().when("reportFigures", { intervalMs: 10_000, groups: [group()] }, at(5))
    .then([reported(5, [group()])]);
  edge().given(reported(0, [group()]))
    .when("reportFigures", { intervalMs: 10_000, groups: [group({ opened: 1 })] }, at(10))
    .then([reported(10, [group({ opened: 1 })])]);
});

Deno.test("edge: an empty report records nothing", () => {
  edge().given().when("reportFigures", { intervalMs: 10_000, groups: [] }, at(5)).thenNothing();
});

Deno.test("edge: a malformed report is refused", () => {
  assertBadPayload(edgeActor, "reportFigures", {
    intervalMs: 10_000,
    groups: [{ ...group(), relay: { "x": 1 } }],
  }, "groups.0.relay.x");
});
