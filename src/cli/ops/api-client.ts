import { CliError, EXIT } from "./cli-error.ts";

/** Where the CLI talks to and with which credential (see target.ts). */
export interface Target {
  server: string;
  token: string | undefined;
  /** Where the server and credential came from, for error messages ("context prod", "./data/admin-api-key"). */
  source: string;
}

interface ErrorBody {
  error?: { code?: string; message?: string };
}

/**
 * The node's /api/v1 over fetch. Every failure becomes a CliError that says
 * what happened and what to try: a node that does not answer, a credential
 * refused, a role missing, a bad argument (exit 2), anything else (exit 1).
 */
export class ApiClient {
  constructor(readonly target: Target, private readonly signal?: AbortSignal) {}

  url(path: string, query?: Record<string, string | number | boolean | undefined | string[]>) {
    const url = new URL(`/api/v1${path}`, this.target.server);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        url.searchParams.append(key, String(v));
      }
    }
    return url;
  }

  /** The raw response of a successful request (2xx); anything else throws a CliError. */
  async request(
    method: string,
    path: string,
    options: { query?: Parameters<ApiClient["url"]>[1]; body?: unknown; signal?: AbortSignal } = {},
  ): Promise<Response> {
    const headers = new Headers({ accept: "application/json" });
    if (this.target.token) headers.set("authorization", `Bearer ${this.target.token}`);
    if (options.body !== undefined) headers.set("content-type", "application/json");
    let response: Response;
    try {
      response = await fetch(this.url(path, options.query), {
        method,
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        ...(options.signal ?? this.signal ? { signal: options.signal ?? this.signal } : {}),
      });
    } catch (error) {
      throw unreachable(this.target.server, error);
    }
    if (response.ok) return response;
    throw await refusal(this.target, method, path, response);
  }

  async json<T = unknown>(
    method: string,
    path: string,
    options?: Parameters<ApiClient["request"]>[2],
  ): Promise<T> {
    const response = await this.request(method, path, options);
    return await response.json() as T;
  }

  get<T = unknown>(path: string, query?: Parameters<ApiClient["url"]>[1]): Promise<T> {
    return this.json<T>("GET", path, query ? { query } : {});
  }
}

/** The node did not answer at all: say where we looked and how to start one. */
export function unreachable(server: string, error: unknown): CliError {
  if (error instanceof DOMException && error.name === "AbortError") {
    return new CliError("interrupted");
  }
  // fetch says "fetch failed"; what happened is in its cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
  const why = cause || (error instanceof Error ? error.message : String(error));
  const refused = /refused|ECONNREFUSED|os error 111/i.test(why);
  return new CliError(
    refused
      ? `cannot reach ${server}: connection refused. Is the node running at ${server}? ` +
        `Start it with \`deno task start\`, or point the CLI elsewhere with --server URL ` +
        `(or \`deno task cli context use NAME\`)`
      : `cannot reach ${server}: ${
        why.split("\n")[0]!.replace(/^error sending request for url \([^)]*\): /, "")
      }. ` +
        `Check --server (and the network), ` +
        `or start a node with \`deno task start\``,
  );
}

async function refusal(
  target: Target,
  method: string,
  path: string,
  response: Response,
): Promise<CliError> {
  const text = await response.text().catch(() => "");
  let body: ErrorBody = {};
  try {
    body = JSON.parse(text) as ErrorBody;
  } catch { /* not our error shape: a proxy, another service */ }
  const message = body.error?.message ?? (text.trim().slice(0, 200) || response.statusText);
  const route = `${method} ${path}`;
  switch (response.status) {
    case 400:
    case 413:
      return new CliError(`${route}: ${message}`, EXIT.usage);
    case 401:
      return new CliError(
        `${target.server} refused the credential from ${target.source} (${message}): ` +
          `pass --token TOKEN, run \`deno task cli login --server URL --token TOKEN\`, ` +
          `or mint one with \`deno task cli token\``,
      );
    case 403:
      return new CliError(`${route}: ${message}; use a credential with that role`);
    case 404:
      return body.error?.code === "not_found" && /no route/.test(message)
        ? new CliError(
          `${route}: this node has no such route (${message}); it may be an older version`,
        )
        : new CliError(`${route}: ${message}`);
    case 409:
      return new CliError(`${route}: ${message} (someone else changed it first: read it again)`);
    case 503:
      return new CliError(`${route}: the node is not ready (${message}); try again shortly`);
    default:
      return new CliError(`${route}: ${response.status} ${message}`);
  }
}

export { EXIT };
