/**
 * Several closeread instances on one PostgreSQL database behind nginx, as
 * `npm run cluster` runs them and as the cluster test and benches drive
 * them: each instance is server.ts (bench/support/server.ts) on 127.0.0.1
 * with TRUST_PROXY=1, and nginx (Debian's package) balances them with the
 * configuration rendered from deploy/cluster/nginx.conf.template into a
 * folder of its own.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { providerOf } from "../../lib/db/config";
import { startServer, type Server } from "./server";

export const NGINX_TEMPLATE = "deploy/cluster/nginx.conf.template";

export type Balancer = { port: number; base: string; folder: string; stop: () => Promise<void> };
export type Cluster = { balancer: Balancer; instances: Server[]; stop: () => Promise<void> };

/** The nginx configuration for `instancePorts` on 127.0.0.1, listening on 127.0.0.1:port, its files in `folder`. */
export function renderNginxConfig(template: string, options: { port: number; instancePorts: readonly number[]; folder: string; listenHost?: string }): string {
  const fields: Record<string, string> = {
    PREFIX: options.folder,
    LISTEN: `${options.listenHost ?? "127.0.0.1"}:${options.port}`,
    SERVERS: options.instancePorts.map((port) => `    server 127.0.0.1:${port};`).join("\n"),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = fields[name];
    if (value === undefined) throw new Error(`${NGINX_TEMPLATE}: unknown field {{${name}}}`);
    return value;
  });
}

function nginxBinary(): string {
  if (process.env.NGINX) return process.env.NGINX;
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  throw new Error("nginx is not installed: `apt-get install -y nginx` (or set NGINX to its path).");
}

/** nginx in front of the instances on `instancePorts`; resolves once a request through it reaches an instance. */
export async function startBalancer(port: number, instancePorts: readonly number[], options: { listenHost?: string } = {}): Promise<Balancer> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-nginx-"));
  // nginx's workers drop root for "nobody", and must reach their temporary folders in here.
  fs.chmodSync(folder, 0o755);
  const config = path.join(folder, "nginx.conf");
  fs.writeFileSync(config, renderNginxConfig(fs.readFileSync(NGINX_TEMPLATE, "utf8"), { port, instancePorts, folder, ...options }));
  const child: ChildProcess = spawn(nginxBinary(), ["-p", folder, "-c", config, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"], detached: true });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
  };
  process.once("exit", () => signalGroup("SIGKILL"));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup("SIGTERM");
      await exited;
    }
    fs.rmSync(folder, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return { port, base, folder, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const errors = fs.readFileSync(path.join(folder, "error.log"), { encoding: "utf8", flag: "a+" });
  await stop();
  throw new Error(`nginx did not pass a health check within 30 s${errors ? `:\n${errors}` : ""}`);
}

/**
 * `instancePorts.length` instances of the production build on `databaseUrl`
 * (PostgreSQL: a SQLite file belongs to one process), all signing cookies
 * with `authSecret`, behind nginx on `balancerPort`. Started one after the
 * other (each compiles its routes at first use; at once they fight over two cores).
 */
export async function startCluster(options: {
  databaseUrl: string;
  authSecret: string;
  balancerPort: number;
  instancePorts: readonly number[];
  listenHost?: string;
  quiet?: boolean;
}): Promise<Cluster> {
  if (providerOf(options.databaseUrl) !== "postgresql") {
    throw new Error("Several instances need a PostgreSQL DATABASE_URL: a SQLite database is one process's file.");
  }
  const instances: Server[] = [];
  const stopInstances = () => Promise.all(instances.map((instance) => instance.stop()));
  try {
    for (const port of options.instancePorts) {
      instances.push(await startServer(options.databaseUrl, port, options.authSecret, options.quiet ?? true, { TRUST_PROXY: "1" }));
    }
    const balancer = await startBalancer(options.balancerPort, options.instancePorts, { listenHost: options.listenHost });
    return {
      balancer,
      instances,
      stop: async () => {
        await balancer.stop();
        await stopInstances();
      },
    };
  } catch (error) {
    await stopInstances();
    throw error;
  }
}
