import assert from "node:assert/strict";
import { buildUi } from "../../src/ui/build.ts";
import { uiRoutes } from "../../src/ui/serve.ts";

const dist = new URL("../../src/ui/dist/", import.meta.url);

Deno.test("ui bundle: the committed src/ui/dist is what `deno task ui:build` makes now", async () => {
  const out = await Deno.makeTempDir({ prefix: "switchboard-ui-build-" });
  try {
    await buildUi(new URL(`file://${out}/`));
    for (const name of ["app.js", "app.css"]) {
      const fresh = await Deno.readTextFile(`${out}/${name}`);
      const committed = await Deno.readTextFile(new URL(name, dist));
      assert.ok(
        fresh === committed,
        `src/ui/dist/${name} is stale: run \`deno task ui:build\` and commit it`,
      );
    }
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("ui serving: the page loads only its own script and styles, under a strict CSP", async () => {
  const app = uiRoutes();
  const page = await app.request("/");
  assert.equal(page.status, 200);
  const csp = page.headers.get("content-security-policy") ?? "";
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /connect-src 'self'/);
  const html = await page.text();
  assert.match(html, /<script type="module" src="\/ui\/app\.js\?v=/);
  assert.ok(!/https?:\/\//.test(html), "no outside URL in the page");
  assert.ok(!/<script>/.test(html), "no inline script");

  const js = await app.request("/ui/app.js");
  assert.equal(js.status, 200);
  assert.match(js.headers.get("content-type") ?? "", /javascript/);
  const etag = js.headers.get("etag")!;
  const body = await js.text();
  assert.ok(body.length > 10_000, "the bundle holds Preact, htm, uPlot and the views");
  assert.ok(!/from\s*["']npm:/.test(body) && !/https:\/\/(esm\.sh|cdn|unpkg)/.test(body));
  const again = await app.request("/ui/app.js", { headers: { "if-none-match": etag } });
  assert.equal(again.status, 304);
  const css = await app.request("/ui/app.css");
  assert.match(await css.text(), /\.uplot/);
  assert.equal((await app.request("/ui/nope.js")).status, 404);
});
