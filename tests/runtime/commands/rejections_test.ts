import assert from "node:assert/strict";
import { RejectionCode } from "../../../actors/rejections.ts";
import { commandError } from "../../../src/api/command-errors.ts";
import { ApiError } from "../../../src/api/errors.ts";
import { CloseCode } from "../../../src/edge/close-codes.ts";
import { refusalOf } from "../../../src/edge/refusals.ts";
import {
  meaningOf,
  RejectionCloseCode,
  rejections,
} from "../../../src/runtime/commands/rejections.ts";
import { CommandRejectedError } from "../../../src/runtime/dispatch.ts";

import { filesUnder, repoRoot as root } from "../../support/source-tree.ts";

/** Every rejection code written in the source: `reject("…")`, `rejection("…")`, `rejected: "…"`. */
function codesInSource(): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of filesUnder(["actors", "src"])) {
    const text = Deno.readTextFileSync(path);
    const uses = text.matchAll(/\b(?:reject|rejection)\(\s*"([a-z_]+)"|rejected:\s*"([a-z_]+)"/g);
    for (const use of uses) found.set(use[1] ?? use[2]!, path.slice(root.length + 1));
  }
  return found;
}

const rejected = (code: string, message = `because of ${code}`) =>
  new CommandRejectedError(code, message, { commandId: "c", type: "t" });

Deno.test("rejections: every code the actors, the host and the log refuse with is in RejectionCode and the table", () => {
  const codes = codesInSource();
  assert.ok(codes.size >= 20, `found only ${[...codes.keys()]}`);
  for (const [code, file] of codes) {
    assert.ok(RejectionCode.safeParse(code).success, `${code} (${file}) is not a RejectionCode`);
    assert.ok(Object.hasOwn(rejections, code), `${code} (${file}) has no row in the table`);
  }
});

Deno.test("rejections: the table has a row for every code, and its close codes are the contract's", () => {
  assert.deepEqual(Object.keys(rejections).sort(), [...RejectionCode.options].sort());
  assert.equal(RejectionCloseCode.unknownSession, CloseCode.unknownSession);
  assert.equal(RejectionCloseCode.noAgent, CloseCode.noAgent);
  assert.equal(RejectionCloseCode.internal, CloseCode.internal);
});

/** The API's statuses as they were mapped before the table: unlisted codes are 409. */
const httpBefore: Record<string, number> = {
  agent_not_found: 404,
  session_not_found: 404,
  invalid_command: 400,
  invalid_weight: 400,
  invalid_capability: 400,
  invalid_decision: 400,
  unknown_strategy: 400,
  unknown_command: 400,
  unknown_actor_type: 400,
  bad_resume_token: 403,
  no_agent_available: 503,
  command_failed: 500,
};

/** Codes added with alerting and notifications (issue 14): a missing resource is a 404. */
const httpSinceAlerting: Record<string, number> = {
  channel_not_found: 404,
  rule_not_found: 404,
  silence_not_found: 404,
  invalid_silence: 400,
};

Deno.test("rejections: over HTTP, each code is the status and error code the API has always answered", () => {
  for (const code of [...RejectionCode.options, "from_a_newer_node"]) {
    const error = commandError(rejected(code));
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, httpBefore[code] ?? httpSinceAlerting[code] ?? 409, code);
    assert.equal(error.code, code);
    assert.equal(error.message, `because of ${code}`);
  }
});

Deno.test("rejections: at the edge, each code closes the client as it always has", () => {
  const resume = ["bad_resume_token", "session_not_found", "session_closed"];
  for (const code of [...RejectionCode.options, "from_a_newer_node"]) {
    const refusal = refusalOf(rejected(code));
    if (resume.includes(code)) {
      assert.equal(refusal.closeCode, CloseCode.unknownSession, code);
      assert.equal(refusal.message, `cannot resume: because of ${code}`);
    } else if (code === "session_owned_by_other_edge") {
      assert.equal(refusal.closeCode, CloseCode.unknownSession);
      assert.equal(refusal.message, "session is attached to another connection");
    } else if (code === "needs_rebind" || code === "no_agent_available") {
      // No command is refused with no_agent_available (routing refuses before one is sent);
      // should one be, it closes as the edge's own routing refusal does.
      assert.equal(refusal.closeCode, CloseCode.noAgent, code);
      assert.equal(refusal.message, `because of ${code}`);
    } else {
      assert.equal(refusal.closeCode, CloseCode.internal, code);
      assert.equal(refusal.message, `session refused: ${code}`);
    }
  }
});

Deno.test("rejections: a code no one knows reads as a conflict and closes with 1011 naming it", () => {
  const meaning = meaningOf("from_a_newer_node");
  assert.equal(meaning.httpStatus, 409);
  assert.equal(meaning.closeCode, CloseCode.internal);
});
