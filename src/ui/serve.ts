import { Hono } from "hono";
import { sha256Hex } from "../auth/digest.ts";

const dist = new URL("dist/", import.meta.url);

/** One built asset, read once at start, served with a strong ETag. */
interface Asset {
  body: string;
  type: string;
  etag: string;
}

async function load(name: string, type: string): Promise<Asset> {
  const body = await Deno.readTextFile(new URL(name, dist));
  return { body, type, etag: `"${sha256Hex(body).slice(0, 20)}"` };
}

/** Read once when the module loads: the bundle does not change while a node runs. */
const assets: { js: Asset; css: Asset } | undefined = await Promise.all([
  load("app.js", "text/javascript; charset=utf-8"),
  load("app.css", "text/css; charset=utf-8"),
]).then(([js, css]) => ({ js, css })).catch(() => undefined);

const page = (js: Asset, css: Asset) =>
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Switchboard</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/ui/app.css?v=${css.etag.slice(1, 9)}">
</head><body><div id="app"><noscript>The Switchboard UI needs JavaScript.</noscript></div>
<script type="module" src="/ui/app.js?v=${js.etag.slice(1, 9)}"></script></body></html>`;

/** Only this origin's own files and API; nothing inline runs, nothing comes from elsewhere. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // uPlot and the bar widths set element styles from script.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * `GET /` and `/ui/*`: the management UI, served by the node from the
 * committed bundle (src/ui/dist), no CDN. Missing files (a checkout that
 * has not built them) answer 503 naming `deno task ui:build`.
 */
export function uiRoutes(): Hono {
  const app = new Hono();
  const headers = { "content-security-policy": CSP, "x-content-type-options": "nosniff" };
  app.get("/", (c) => {
    if (!assets) {
      return c.text("the UI is not built: run `deno task ui:build`", 503);
    }
    return c.html(page(assets.js, assets.css), 200, {
      ...headers,
      "cache-control": "no-cache",
      "referrer-policy": "same-origin",
      "x-frame-options": "DENY",
    });
  });
  for (const [path, key] of [["/ui/app.js", "js"], ["/ui/app.css", "css"]] as const) {
    app.get(path, (c) => {
      const asset = assets?.[key];
      if (!asset) return c.text("not built", 404);
      if (c.req.header("if-none-match") === asset.etag) return c.body(null, 304);
      return c.body(asset.body, 200, {
        ...headers,
        "content-type": asset.type,
        etag: asset.etag,
        "cache-control": "public, max-age=3600",
      });
    });
  }
  return app;
}
