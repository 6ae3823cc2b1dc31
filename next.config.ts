import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in users without the right role.
  experimental: { authInterrupts: true },
  // Lets parallel builds (several developers' test runs on one machine) keep apart.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and WebAssembly database drivers load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  async headers() {
    // The LTI endpoints set their own headers: an LMS may frame them (lib/lti/http.ts).
    return [{ source: "/((?!api/lti/).*)", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
