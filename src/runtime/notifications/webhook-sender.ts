import { hostOf, type WebhookTargetGuard } from "../../security/webhook-target.ts";
import { parseAddress } from "../../security/cidr.ts";

/**
 * What came of one POST. A network error is `{ error }`; one no retry can
 * mend (a refused target, say) is also `permanent`.
 */
export type SendResult = { status: number } | { error: string; permanent?: boolean };

/** The HTTP port of the notifier: tests pass a fake, the node the fetch-based one. */
export interface WebhookSender {
  post(
    url: string,
    body: string,
    headers: Record<string, string>,
    timeoutMs: number,
  ): Promise<SendResult>;
}

export type Resolver = (host: string) => Promise<string[]>;

/** A and AAAA records (never the hosts file: `localhost` is the one name known here). */
export const dnsResolver: Resolver = async (host) => {
  if (host === "localhost") return ["127.0.0.1", "::1"];
  const [v4, v6] = await Promise.allSettled([
    Deno.resolveDns(host, "A"),
    Deno.resolveDns(host, "AAAA"),
  ]);
  return [
    ...(v4.status === "fulfilled" ? v4.value : []),
    ...(v6.status === "fulfilled" ? v6.value : []),
  ];
};

/**
 * POSTs with fetch, after checking where the URL leads (the SSRF guard on
 * the addresses its host resolves to, every time: a name may move). No
 * redirects: a 3xx is a failed delivery, never a hop to somewhere else. The
 * timeout covers the whole exchange, body included, so a receiver that
 * trickles cannot hold a delivery. (A name could still be re-pointed between
 * the check and fetch's own lookup; the allowlist by address is the tight
 * form of the guard.)
 */
export function fetchSender(
  guard: WebhookTargetGuard,
  resolve: Resolver = dnsResolver,
): WebhookSender {
  return {
    async post(url, body, headers, timeoutMs) {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const target = new URL(url);
        const host = hostOf(target);
        const addresses = parseAddress(host) ? [host] : await resolve(host);
        if (addresses.length === 0) return { error: `cannot resolve ${host}` };
        const decision = guard.checkAddresses(host, addresses);
        if (!decision.allowed) {
          return { error: `refused target: ${decision.reason}`, permanent: true };
        }
        const response = await fetch(target, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body,
          redirect: "manual",
          signal,
        });
        // Read (and drop) the reply within the same deadline, so the connection is freed.
        await response.body?.cancel().catch(() => {});
        return { status: response.status };
      } catch (error) {
        if (signal.aborted) return { error: `timed out after ${timeoutMs} ms` };
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
