import { apiKeyActor } from "../../../actors/api-key/mod.ts";
import type { DomainEvent } from "../../../events/mod.ts";
import { at, scenario } from "../given-when-then.ts";

const key = () => scenario(apiKeyActor, "k1");
const issue = { name: "ci", hash: "a".repeat(64), prefix: "sbk_abcd", roles: ["operator"] };
const issued = (seconds = 0): DomainEvent => ({
  type: "apiKey.issued",
  data: { ...issue, keyId: "k1", at: at(seconds) },
});
const revoked = (seconds = 10): DomainEvent => ({
  type: "apiKey.revoked",
  data: { keyId: "k1", at: at(seconds) },
});

Deno.test("api key: issued once, then revoked once", () => {
  key().given().when("issue", issue).then([issued()]);
  key().given(issued()).when("issue", issue).thenRejected("key_exists");
  key().given(issued()).when("revoke", {}, at(10)).then([revoked()]);
  key().given(issued(), revoked()).when("revoke", {}, at(11)).thenNothing();
  key().given().when("revoke", {}).thenRejected("key_not_found");
});

Deno.test("api key: an expiry in the past is refused", () => {
  key().given().when("issue", { ...issue, expiresAt: at(-1) }, at(0)).thenRejected(
    "invalid_expiry",
  );
  key().given().when("issue", { ...issue, expiresAt: at(60) }, at(0)).then([{
    type: "apiKey.issued",
    data: { ...issue, expiresAt: at(60), keyId: "k1", at: at(0) },
  }]);
});
