import assert from "node:assert/strict";
import { allowlistEntryError, WebhookTargetGuard } from "../../src/security/webhook-target.ts";

const allowed = (guard: WebhookTargetGuard, url: string) => guard.checkUrl(url).allowed;

Deno.test("webhook target: without an allowlist, metadata and link-local are refused", () => {
  const guard = new WebhookTargetGuard();
  assert.equal(allowed(guard, "https://hooks.example.com/x"), true);
  assert.equal(allowed(guard, "http://127.0.0.1:9093/api"), true);
  assert.equal(allowed(guard, "http://10.0.0.5/hook"), true);
  for (
    const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://169.254.1.1/",
      "http://[fe80::1]/",
      "http://[::ffff:169.254.169.254]/", // IPv4-mapped: the IPv4 it carries
      "http://0.0.0.0:8080/",
      "http://[::]/",
      "http://224.0.0.1/",
      "http://100.100.100.200/",
      "http://[fd00:ec2::254]/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://METADATA.google.internal./",
      "ftp://example.com/",
      "file:///etc/passwd",
      "not a url",
    ]
  ) assert.equal(allowed(guard, url), false, url);
});

Deno.test("webhook target: a resolved name is checked address by address", () => {
  const guard = new WebhookTargetGuard();
  assert.equal(guard.checkAddresses("evil.example", ["93.184.216.34"]).allowed, true);
  const rebound = guard.checkAddresses("evil.example", ["93.184.216.34", "169.254.169.254"]);
  assert.equal(rebound.allowed, false);
  assert.match(rebound.reason, /169\.254\.169\.254 is in 169\.254\.0\.0\/16/);
});

Deno.test("webhook target: an allowlist admits only what it names, and may open link-local", () => {
  const guard = new WebhookTargetGuard(["hooks.example.com", "*.corp.example", "10.0.0.0/8"]);
  assert.equal(allowed(guard, "https://hooks.example.com/a"), true);
  assert.equal(allowed(guard, "https://alerts.corp.example/a"), true);
  assert.equal(allowed(guard, "https://corp.example/a"), false, "*.x is a subdomain only");
  assert.equal(allowed(guard, "http://10.1.2.3/"), true);
  assert.equal(allowed(guard, "http://127.0.0.1/"), false);
  assert.equal(allowed(guard, "https://other.example.com/"), false);
  // A name the allowlist does not hold passes if every address it resolves to is covered.
  assert.equal(guard.checkAddresses("internal.lan", ["10.9.9.9"]).allowed, true);
  assert.equal(guard.checkAddresses("internal.lan", ["10.9.9.9", "8.8.8.8"]).allowed, false);
  // An operator may open a link-local receiver on purpose, by naming it.
  const linkLocal = new WebhookTargetGuard(["169.254.10.10"]);
  assert.equal(allowed(linkLocal, "http://169.254.10.10/"), true);
  assert.equal(allowed(linkLocal, "http://169.254.169.254/"), false);
});

Deno.test("webhook target: allowlist entries are checked", () => {
  assert.equal(allowlistEntryError("hooks.example.com"), undefined);
  assert.equal(allowlistEntryError("*.example.com"), undefined);
  assert.equal(allowlistEntryError("10.0.0.0/8"), undefined);
  assert.equal(allowlistEntryError("::1"), undefined);
  assert.match(allowlistEntryError("http://x/")!, /neither/);
  assert.match(allowlistEntryError("10.0.0.1/8")!, /neither/);
  assert.throws(() => new WebhookTargetGuard(["bad host!"]), /ALLOWED_HOSTS/);
});
