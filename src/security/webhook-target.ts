import { type Address, type Cidr, contains, parseAddress, parseCidr } from "./cidr.ts";

/**
 * Where a webhook may be sent (the SSRF guard). A notification channel's URL
 * is chosen by an operator but requested by the node, from inside the
 * network: without a guard it reaches what the operator cannot (a cloud's
 * metadata service hands out credentials to any local caller).
 *
 * - Only http: and https: (the channel schema already says so).
 * - Never, unless an allowlist entry names the host or covers the address:
 *   link-local (169.254.0.0/16, which holds the metadata services, and
 *   fe80::/10), the unspecified, multicast and broadcast addresses, the
 *   known metadata addresses and names.
 * - With an allowlist (`SWITCHBOARD_NOTIFY_ALLOWED_HOSTS`): only hosts it
 *   names (`hooks.example.com`, `*.example.com`) or addresses it covers
 *   (`10.1.2.3`, `10.0.0.0/8`). Without one, loopback and private ranges are
 *   allowed: receivers usually sit on the operator's own network.
 * The check runs on the URL when a channel is created, and on the addresses
 * the host resolves to before every delivery (a name may point anywhere
 * later). Redirects are not followed (the sender's job).
 */

const NEVER = [
  "169.254.0.0/16",
  "fe80::/10",
  "0.0.0.0/8",
  "::/128",
  "224.0.0.0/4",
  "ff00::/8",
  "255.255.255.255/32",
  "100.100.100.200/32", // Alibaba Cloud's metadata
  "fd00:ec2::254/128", // AWS's metadata over IPv6
].map((text) => (parseCidr(text) as { ok: true; value: Cidr }).value);

const NEVER_NAMES = new Set([
  "metadata.google.internal",
  "metadata.goog",
  "metadata",
  "instance-data",
  "instance-data.ec2.internal",
]);

const HOSTNAME =
  /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

export interface TargetDecision {
  allowed: boolean;
  reason: string;
}

/** Checks one allowlist entry; the error names what is wrong, for the config error. */
export function allowlistEntryError(entry: string): string | undefined {
  const text = entry.trim().toLowerCase();
  if (parseCidr(text).ok) return undefined;
  if (HOSTNAME.test(text)) return undefined;
  return `${JSON.stringify(entry)} is neither a host name, *.domain, an address nor a CIDR`;
}

/** The host of a URL as the guard compares it: lowercase, no brackets, no trailing dot. */
export function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
}

export class WebhookTargetGuard {
  readonly #names: string[] = [];
  readonly #suffixes: string[] = [];
  readonly #cidrs: Cidr[] = [];

  /** Throws on a bad entry (config validation should have caught it). */
  constructor(allowedHosts: readonly string[] = []) {
    for (const raw of allowedHosts) {
      const entry = raw.trim().toLowerCase();
      if (!entry) continue;
      const error = allowlistEntryError(entry);
      if (error) throw new Error(`SWITCHBOARD_NOTIFY_ALLOWED_HOSTS: ${error}`);
      const cidr = parseCidr(entry);
      if (cidr.ok) this.#cidrs.push(cidr.value);
      else if (entry.startsWith("*.")) this.#suffixes.push(entry.slice(1));
      else this.#names.push(entry);
    }
  }

  get hasAllowlist(): boolean {
    return this.#names.length + this.#suffixes.length + this.#cidrs.length > 0;
  }

  /** Whether the allowlist names this host (a name, a wildcard, or an address it covers). */
  #named(host: string): boolean {
    if (this.#names.includes(host)) return true;
    if (this.#suffixes.some((suffix) => host.endsWith(suffix))) return true;
    const literal = parseAddress(host);
    return literal !== undefined && this.#covers(literal);
  }

  #covers(address: Address): boolean {
    return this.#cidrs.some((cidr) => contains(cidr, address));
  }

  /**
   * The URL alone, before any lookup: scheme, the allowlist, and the
   * forbidden names and literal addresses.
   */
  checkUrl(text: string): TargetDecision {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { allowed: false, reason: "not a URL" };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return { allowed: false, reason: `scheme ${url.protocol} is not http or https` };
    }
    const host = hostOf(url);
    const literal = parseAddress(host);
    return this.checkAddresses(host, literal ? [host] : []);
  }

  /** The host together with the addresses it resolved to: every one must pass. */
  checkAddresses(host: string, addresses: readonly string[]): TargetDecision {
    const named = this.#named(host);
    if (!named && NEVER_NAMES.has(host)) {
      return { allowed: false, reason: `${host} is a cloud metadata service` };
    }
    const parsed = addresses.map((a) => ({ text: a, address: parseAddress(a) }));
    for (const { text, address } of parsed) {
      if (!address) return { allowed: false, reason: `${text} is not an address` };
      const covered = named || this.#covers(address);
      if (this.hasAllowlist && !covered) {
        return {
          allowed: false,
          reason: `${host}${text !== host ? ` (${text})` : ""} is not in the allowed hosts`,
        };
      }
      const never = NEVER.find((cidr) => contains(cidr, address));
      if (never && !covered) {
        return {
          allowed: false,
          reason: `${text} is in ${never.text} (link-local, metadata, multicast or unspecified)`,
        };
      }
    }
    if (this.hasAllowlist && !named && parsed.length === 0) {
      return { allowed: false, reason: `${host} is not in the allowed hosts` };
    }
    return { allowed: true, reason: named ? `${host} is allowed by name` : "allowed" };
  }
}
