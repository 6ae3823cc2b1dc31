/**
 * The network address a request came from, for per-address rate limits.
 *
 * Route handlers and server actions cannot see the socket, and X-Forwarded-For
 * is whatever the client wrote (Next only fills it in when it is missing). So
 * closeread's own server (server.ts) decides the address from the socket and,
 * only as far as TRUST_PROXY allows, from X-Forwarded-For, and hands it on in
 * CLIENT_ADDRESS_HEADER after deleting any copy the client sent. Nothing else
 * is read: behind `next dev` or a bare `next start` every request is "unknown"
 * (one shared bucket, never one a client can choose).
 */
export const CLIENT_ADDRESS_HEADER = "x-closeread-client-address";

/**
 * Which hops in front of closeread to believe: none (the socket's address is
 * the client's), a number of proxies (each appends the address it saw to
 * X-Forwarded-For), or the proxies' own addresses.
 */
export type ProxyTrust = { hops: number } | { proxies: ReadonlySet<string> };

export const NO_PROXY: ProxyTrust = { hops: 0 };

/** TRUST_PROXY: unset or "0", a hop count ("1"), or proxy addresses separated by commas ("10.0.0.2, 10.0.0.3"). */
export function parseProxyTrust(value: string | undefined): ProxyTrust {
  const text = value?.trim() ?? "";
  if (text === "") return NO_PROXY;
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const proxies = text.split(",").map((entry) => normalizeAddress(entry.trim()));
  if (proxies.some((entry) => !/^[0-9a-f:.]+$/i.test(entry))) {
    throw new Error(`TRUST_PROXY must be a number of proxies or a comma-separated list of their IP addresses, not "${text}".`);
  }
  return { proxies: new Set(proxies) };
}

/** "::ffff:192.0.2.1" (IPv4 on a dual-stack socket) as "192.0.2.1", so that lists and limits see one form. */
function normalizeAddress(address: string): string {
  return address.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}

/**
 * The client's address: the chain is X-Forwarded-For's entries followed by
 * the socket's address; trusted hops are taken off its right end, and the
 * next entry is the client. Entries to the left of it were written by the
 * client and are never used, unless the chain is shorter than the trusted
 * hops (then its leftmost entry is the best there is).
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trust: ProxyTrust): string {
  const socket = socketAddress ? normalizeAddress(socketAddress) : "unknown";
  if ("hops" in trust && trust.hops === 0) return socket;
  const forwarded = (forwardedFor ?? "").split(",").map((entry) => normalizeAddress(entry.trim())).filter(Boolean);
  const chain = [...forwarded, socket];
  let index = chain.length - 1;
  if ("hops" in trust) index = Math.max(0, index - trust.hops);
  else while (index > 0 && trust.proxies.has(chain[index]!)) index--;
  return chain[index]!;
}

/** The address server.ts resolved for this request, or "unknown" when it did not come through server.ts. */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
}
