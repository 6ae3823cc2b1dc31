/**
 * npm run cluster [-- --instances 2 --port 8080 --host 127.0.0.1]
 *
 * Several instances of the production build (`npm run build` first) on the
 * PostgreSQL database in DATABASE_URL, behind nginx on --host:--port; the
 * instances listen on 127.0.0.1, on the ports after --port. They share
 * AUTH_SECRET (required). `npm run cluster` migrates the database first.
 * Ctrl-C stops them all. docs/cluster.md says what it sets up and why.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: options } = parseArgs({
  options: {
    instances: { type: "string", default: "2" },
    port: { type: "string", default: "8080" },
    host: { type: "string", default: "127.0.0.1" },
  },
});
const instances = Number(options.instances);
const port = Number(options.port);
if (!Number.isInteger(instances) || instances < 1 || instances > 16) throw new Error("--instances must be 1..16");
if (!Number.isInteger(port) || port < 1 || port + instances > 65_535) throw new Error("--port must leave room for the instances' ports after it");

const distDir = (process.env.NEXT_DIST_DIR ??= ".next");
if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`No production build in ${distDir}: run \`npm run build\` first.`);
const databaseUrl = process.env.DATABASE_URL ?? "";
const authSecret = process.env.AUTH_SECRET?.trim() ?? "";
if (!authSecret) throw new Error("Set AUTH_SECRET (the same on every instance): openssl rand -base64 33");

// After NEXT_DIST_DIR is settled: the server support reads it when loaded.
const { startCluster } = await import("../bench/support/cluster");
await startCluster({
  databaseUrl,
  authSecret,
  balancerPort: port,
  instancePorts: Array.from({ length: instances }, (_, i) => port + 1 + i),
  listenHost: options.host,
  quiet: false,
});
console.log(`closeread: ${instances} instances behind nginx on http://${options.host}:${port} (Ctrl-C stops them)`);

// Ctrl-C: bench/support/server.ts stops every instance, and nginx goes with this process.
