import { channelActor } from "../../../actors/notification-channel/mod.ts";
import type { DomainEvent } from "../../../events/mod.ts";
import { assertBadPayload, at, scenario } from "../given-when-then.ts";

const channel = () => scenario(channelActor, "c1");
const create = {
  name: "ops",
  type: "webhook",
  url: "https://hooks.example.com/alerts",
  sealedSecret: "v1.k1.aaaa.bbbb",
};
const created = (seconds = 0): DomainEvent => ({
  type: "notificationChannel.created",
  data: { ...create, type: "webhook", channelId: "c1", at: at(seconds) },
});
const deleted = (seconds = 10): DomainEvent => ({
  type: "notificationChannel.deleted",
  data: { channelId: "c1", at: at(seconds) },
});

Deno.test("channel: created once, deleted once, then its id may be used again", () => {
  channel().given().when("create", create).then([created()]);
  channel().given(created()).when("create", create).thenRejected("channel_exists");
  channel().given(created()).when("delete", {}, at(10)).then([deleted()]);
  channel().given(created(), deleted()).when("delete", {}, at(11)).thenNothing();
  channel().given(created(), deleted()).when("create", create, at(20)).then([created(20)]);
  channel().given().when("delete", {}).thenRejected("channel_not_found");
});

Deno.test("channel: without a secret the event carries none", () => {
  const { sealedSecret: _s, ...plain } = create;
  channel().given().when("create", plain).then([{
    type: "notificationChannel.created",
    data: { ...plain, type: "webhook", channelId: "c1", at: at(0) },
  }]);
});

Deno.test("channel: only http(s) URLs without credentials, only sealed secrets", () => {
  assertBadPayload(channelActor, "create", { ...create, url: "file:///etc/passwd" }, "url");
  assertBadPayload(channelActor, "create", { ...create, url: "gopher://x:70/" }, "url");
  assertBadPayload(channelActor, "create", { ...create, url: "not a url" }, "url");
  assertBadPayload(channelActor, "create", { ...create, url: "https://u:p@example.com/" }, "url");
  assertBadPayload(channelActor, "create", { ...create, type: "email" }, "type");
  assertBadPayload(channelActor, "create", { ...create, sealedSecret: "plain" }, "sealedSecret");
});
