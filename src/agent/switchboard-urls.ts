import { z } from "zod";

/** The environment variable naming a cluster's nodes, comma-separated. */
export const SWITCHBOARD_URLS = "SWITCHBOARD_URLS";

const HttpUrl = z.url({ protocol: /^https?$/ });

/**
 * The nodes an agent may talk to, in order, without duplicates: `url` first,
 * then `urls`. Each must be an http(s) URL; a bad one is a programming or
 * deployment error, refused up front rather than retried forever.
 */
export function switchboardUrls(url: string | undefined, urls: readonly string[] = []): string[] {
  const all = [...(url ? [url] : []), ...urls].map((u) => u.trim().replace(/\/+$/, ""));
  for (const u of all) {
    if (!HttpUrl.safeParse(u).success) {
      throw new TypeError(`invalid agent options: switchboard URL '${u}' is not an http(s) URL`);
    }
  }
  return [...new Set(all)];
}

/** `"http://a:9000, http://b:9000"` → both URLs; blanks are dropped. */
export function splitUrls(list: string | undefined): string[] {
  return (list ?? "").split(",").map((u) => u.trim()).filter((u) => u !== "");
}

/**
 * SWITCHBOARD_URLS from the environment, or nothing when it is unset or the
 * program may not read it (an agent run without --allow-env stays standalone).
 */
export function urlsFromEnvironment(): string[] {
  try {
    const permission = Deno.permissions.querySync({ name: "env", variable: SWITCHBOARD_URLS });
    return permission.state === "granted" ? splitUrls(Deno.env.get(SWITCHBOARD_URLS)) : [];
  } catch {
    return [];
  }
}
