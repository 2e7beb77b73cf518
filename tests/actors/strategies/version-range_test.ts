import assert from "node:assert/strict";
import { parseRange, parseVersion, satisfies } from "../../../actors/strategies/version-range.ts";

const cases: [range: string, version: string, expected: boolean][] = [
  [">=1.2.0 <2", "1.2.0", true],
  [">=1.2.0 <2", "1.9.9", true],
  [">=1.2.0 <2", "2.0.0", false],
  [">=1.2.0 <2", "1.1.9", false],
  [">= 1.2.0", "1.2.0", true],
  ["^1.2", "1.5.0", true],
  ["^1.2", "2.0.0", false],
  ["^0.2.3", "0.2.9", true],
  ["^0.2.3", "0.3.0", false],
  ["~1.4.1", "1.4.5", true],
  ["~1.4.1", "1.5.0", false],
  ["1.x", "1.7.0", true],
  ["1.x", "2.0.0", false],
  ["=1.2.3", "1.2.3", true],
  ["1.2.3", "1.2.4", false],
  [">1.2", "1.2.9", false],
  [">1.2", "1.3.0", true],
  ["<=1.2", "1.2.9", true],
  ["<=1.2", "1.3.0", false],
  ["1.0.0 || >=3", "3.1.0", true],
  ["1.0.0 || >=3", "2.0.0", false],
  [">=1.0.0", "1.0.0-beta.2", false],
  [">=1.0.0-beta.1", "1.0.0-beta.2", true],
  ["*", "dev-build", true],
  [">=0.0.0", "dev-build", false],
];

Deno.test("version range: simple semver ranges", () => {
  for (const [range, version, expected] of cases) {
    const parsed = parseRange(range);
    assert.ok(parsed, `range ${range} should parse`);
    assert.equal(satisfies(parseVersion(version), parsed), expected, `${version} in ${range}`);
  }
});

Deno.test("version range: nonsense does not parse", () => {
  for (const range of ["latest", ">=x.y.z.w", "1.2.3.4", "^"]) {
    assert.equal(parseRange(range), undefined, range);
  }
});
