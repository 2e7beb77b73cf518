import { z } from "zod";

export const Role = z.enum(["admin", "operator", "auditor", "agent", "client"]);
export type Role = z.infer<typeof Role>;

/** Who is calling, after authentication: what every route and the edge decide on. */
export const Identity = z.object({
  sub: z.string().min(1).max(200),
  roles: z.array(Role).min(1),
  /** When present, the only capabilities this identity may reach over /ws. */
  capabilities: z.array(z.string()).optional(),
  /** Seconds since the epoch; absent for credentials that do not expire. */
  exp: z.number().optional(),
  /** How the identity was proven: for the audit trail. */
  via: z.enum(["jwt", "api-key", "anonymous"]),
});
export type Identity = z.infer<typeof Identity>;

export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return identity.roles.includes("admin") || roles.some((r) => identity.roles.includes(r));
}
