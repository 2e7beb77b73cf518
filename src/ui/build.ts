/**
 * Builds the UI bundle: `deno task ui:build`. The browser code in app/ is
 * bundled by `deno bundle` (esbuild inside Deno, from the npm registry) into
 * dist/app.js, and uPlot's stylesheet (from its npm package) is put before
 * ours (app/styles/) in dist/app.css. The output is committed, so a node serves the UI
 * without a build step or a bundler at run time; tests/ui/bundle_test.ts
 * rebuilds it and fails when the committed copy is stale.
 */
const here = new URL(".", import.meta.url);
const STYLESHEETS = ["base.css", "shell.css", "widgets.css", "views.css"];

export async function buildUi(outDir: URL = new URL("dist/", here)): Promise<void> {
  await Deno.mkdir(outDir, { recursive: true });
  const deno = Deno.execPath();
  const out = await new Deno.Command(deno, {
    args: [
      "bundle",
      "--quiet",
      "--platform=browser",
      "--minify",
      `--output=${new URL("app.js", outDir).pathname}`,
      new URL("app/main.ts", here).pathname,
    ],
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  if (!out.success) throw new Error("deno bundle failed");
  const uplotCss = await Deno.readTextFile(
    new URL("../../node_modules/uplot/dist/uPlot.min.css", here),
  );
  // Our sheets in cascade order: each later one may refine the earlier.
  const ours = await Promise.all(
    STYLESHEETS.map((name) => Deno.readTextFile(new URL(`app/styles/${name}`, here))),
  );
  await Deno.writeTextFile(new URL("app.css", outDir), [uplotCss.trim(), ...ours].join("\n"));
}

if (import.meta.main) {
  await buildUi();
  console.log("built src/ui/dist/app.js and app.css");
}
