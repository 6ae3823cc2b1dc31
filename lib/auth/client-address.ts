/**
 * The network address a request came from, for per-address rate limits.
 * Next sets X-Forwarded-For to the socket's address unless the request already
 * carries one; a reverse proxy appends the address it saw. The rightmost entry
 * is therefore the one added closest to this server, the hardest to forge.
 * (Exposed without a proxy, a client can claim any address: per-account and
 * per-class limits still hold.)
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
