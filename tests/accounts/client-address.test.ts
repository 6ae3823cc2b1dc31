/** The client address for per-address limits: the socket's, and X-Forwarded-For only as far as TRUST_PROXY says. */
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, parseProxyTrust, resolveClientAddress } from "@/lib/auth/client-address";

describe("resolveClientAddress", () => {
  it("without TRUST_PROXY, takes the socket's address and ignores whatever X-Forwarded-For claims", () => {
    const trust = parseProxyTrust(undefined);
    expect(resolveClientAddress("198.51.100.7", "203.0.113.1", trust)).toBe("198.51.100.7");
    expect(resolveClientAddress("198.51.100.7", undefined, trust)).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:198.51.100.7", "1.1.1.1, 2.2.2.2", parseProxyTrust("0"))).toBe("198.51.100.7");
    expect(resolveClientAddress(undefined, "203.0.113.1", trust)).toBe("unknown");
  });

  it("with a hop count, takes the entry the nearest trusted proxy added, never one the client wrote", () => {
    // The client claims 6.6.6.6; the proxy (socket 10.0.0.2) appended the address it saw.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", parseProxyTrust("1"))).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.9", parseProxyTrust("2"))).toBe("198.51.100.7");
    // Fewer entries than trusted hops: the leftmost is all there is.
    expect(resolveClientAddress("10.0.0.2", undefined, parseProxyTrust("1"))).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7", parseProxyTrust("3"))).toBe("198.51.100.7");
  });

  it("with proxy addresses, skips only those from the right", () => {
    const trust = parseProxyTrust("10.0.0.2, 10.0.0.9");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.9", trust)).toBe("198.51.100.7");
    // A request that did not come through a listed proxy: the socket is the client, whatever it claims.
    expect(resolveClientAddress("198.51.100.8", "10.0.0.9", trust)).toBe("198.51.100.8");
    // Every entry a trusted proxy: the leftmost is all there is.
    expect(resolveClientAddress("::ffff:10.0.0.2", "10.0.0.9", trust)).toBe("10.0.0.9");
  });

  it("refuses a TRUST_PROXY it cannot read, rather than trust the wrong hop", () => {
    expect(() => parseProxyTrust("yes")).toThrow(/TRUST_PROXY/);
    expect(() => parseProxyTrust("10.0.0.2, proxy.local")).toThrow(/TRUST_PROXY/);
  });
});

describe("clientAddress", () => {
  it("reads only the header server.ts sets, never X-Forwarded-For or X-Real-IP", () => {
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9" }))).toBe("unknown");
  });
});
