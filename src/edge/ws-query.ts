import { z } from "zod";
import { Capability, describeIssues, Id, storable } from "../../events/mod.ts";
import { CloseCode, EdgeRefusal } from "./close-codes.ts";

/** The query of `GET /ws` (CONTRACT.md): every field checked before anything is dispatched. */
export const WsQuery = z.object({
  capability: Capability.optional(),
  agent_type: z.string().min(1).max(100).optional(),
  session: Id.optional(),
  resume_token: z.string().min(16).max(200).optional(),
  control: z.enum(["none", "frames"]).default("frames"),
  access_token: z.string().max(8192).optional(),
}).refine(
  (q) => q.capability !== undefined || q.agent_type !== undefined || q.session !== undefined,
  {
    message: "capability or agent_type is required",
    path: ["capability"],
  },
).refine((q) => (q.session === undefined) === (q.resume_token === undefined), {
  message: "session and resume_token go together",
  path: ["resume_token"],
});
export type WsQuery = z.infer<typeof WsQuery>;

/** Parses the query or refuses with 4400 naming the field. */
export function parseWsQuery(params: URLSearchParams): WsQuery {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) {
      throw new EdgeRefusal(CloseCode.badRequest, `query parameter '${key}' given twice`);
    }
    raw[key] = value;
  }
  if (!storable(raw)) {
    throw new EdgeRefusal(CloseCode.badRequest, "bad query: NUL or unpaired surrogate");
  }
  const parsed = WsQuery.safeParse(raw);
  if (!parsed.success) {
    throw new EdgeRefusal(CloseCode.badRequest, `bad query: ${describeIssues(parsed.error)}`);
  }
  return parsed.data;
}
