/**
 * The agent's trust hook for the edge's dial (issue 7 decides the token
 * format). The SDK only asks a yes/no question of `verifyDial`; `dialToken`
 * finds the credential the way the contract lets WebSocket clients pass one,
 * so plugging jose in later is a few lines:
 *
 * ```ts
 * import { jwtVerify } from "jose";
 * const key = new TextEncoder().encode(Deno.env.get("SWITCHBOARD_JWT_SECRET"));
 * const verifyDial = async (request: Request) => {
 *   const token = dialToken(request);
 *   if (!token) return false;
 *   try {
 *     const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
 *     return Array.isArray(payload.roles) && payload.roles.includes("edge");
 *   } catch {
 *     return false;
 *   }
 * };
 * ```
 */
export type DialVerifier = (request: Request) => boolean | Promise<boolean>;

const bearer = /^Bearer\s+(\S+)\s*$/i;

/** The token from `Authorization: Bearer …`, else from `?access_token=`; undefined when neither. */
export function dialToken(request: Request, url = new URL(request.url)): string | undefined {
  const header = request.headers.get("authorization");
  const fromHeader = header ? bearer.exec(header)?.[1] : undefined;
  return fromHeader ?? (url.searchParams.get("access_token") || undefined);
}

/**
 * Runs the hook. A hook that throws is treated as a refusal: failing closed
 * is the only safe reading of "could not verify".
 */
export async function dialAllowed(
  verify: DialVerifier | undefined,
  request: Request,
  onError: (error: unknown) => void,
): Promise<boolean> {
  if (!verify) return true;
  try {
    return (await verify(request)) === true;
  } catch (error) {
    onError(error);
    return false;
  }
}
