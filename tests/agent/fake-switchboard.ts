/**
 * A tiny stand-in for Switchboard's agent API: records every request and
 * answers like the contract says (201 with the stored agent, 404 for an
 * unknown agent, `{"error":{"code","message"}}` on errors).
 */
export interface Recorded {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
  authorization: string | null;
}

export interface FakeSwitchboardOptions {
  port?: number;
  /** When set, requests without `Bearer <token>` get 401. */
  token?: string;
  /** Another fake's registry: the two then act as nodes of one cluster. */
  agents?: Map<string, Record<string, unknown>>;
}

export class FakeSwitchboard {
  readonly requests: Recorded[] = [];
  readonly agents: Map<string, Record<string, unknown>>;
  /** When set, every request is answered with this status (a node that cannot serve). */
  failing: number | undefined;
  #server: Deno.HttpServer<Deno.NetAddr>;
  #next = 1;

  constructor(private readonly options: FakeSwitchboardOptions = {}) {
    this.agents = options.agents ?? new Map();
    this.#server = Deno.serve(
      { hostname: "127.0.0.1", port: options.port ?? 0, onListen: () => {} },
      (request) => this.#handle(request),
    );
  }

  get url(): string {
    return `http://127.0.0.1:${this.#server.addr.port}`;
  }

  /** Requests whose path ends with `suffix` (e.g. "/heartbeat"), optionally of one method. */
  find(suffix: string, method?: string): Recorded[] {
    return this.requests.filter((r) => r.path.endsWith(suffix) && (!method || r.method === method));
  }

  registrations(): Recorded[] {
    return this.requests.filter((r) => r.method === "POST" && r.path === "/api/v1/agents");
  }

  /** Simulates Switchboard losing the agent: its next heartbeat gets 404. */
  forget(id: string): void {
    this.agents.delete(id);
  }

  close(): Promise<void> {
    return this.#server.shutdown();
  }

  async #handle(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    const text = await request.text();
    const body = text ? JSON.parse(text) : undefined;
    const authorization = request.headers.get("authorization");
    this.requests.push({ method: request.method, path, body, authorization });
    if (this.options.token && authorization !== `Bearer ${this.options.token}`) {
      return error(401, "unauthorized", "missing or bad token");
    }
    if (this.failing) return error(this.failing, "unavailable", "this node cannot serve");
    if (request.method === "POST" && path === "/api/v1/agents") {
      const id = (body?.id as string | undefined) ?? `agent-${this.#next++}`;
      const stored = { ...body, id, status: "healthy" };
      this.agents.set(id, stored);
      return Response.json(stored, { status: 201 });
    }
    const match = /^\/api\/v1\/agents\/([^/]+)(\/heartbeat|\/drain)?$/.exec(path);
    if (!match) return error(404, "not_found", path);
    const id = decodeURIComponent(match[1]!);
    if (!this.agents.has(id)) return error(404, "agent_not_found", `no agent ${id}`);
    if (request.method === "DELETE" && !match[2]) {
      this.agents.delete(id);
      return new Response(null, { status: 204 });
    }
    return Response.json({ id, ok: true });
  }
}

function error(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

/** A port that was free a moment ago: for "Switchboard is not up yet" and the fleet's agents. */
export function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}
