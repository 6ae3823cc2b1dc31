/**
 * closeread's production server: Next's own request handler behind a plain
 * node:http server, which does one thing more than `next start`. It decides
 * each request's client address from the socket (and from X-Forwarded-For
 * only as far as TRUST_PROXY says), and hands it to the app in a header the
 * client cannot set (lib/auth/client-address.ts). Per-address rate limits
 * rely on it. It also gives each request an id and writes an access line
 * per request as JSON (lib/log/requests.ts).
 *
 * Usage as `next start`: `tsx server.ts [-H hostname] [-p port]`, PORT and
 * HOSTNAME read from the environment, the build from NEXT_DIST_DIR or .next.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { CLIENT_ADDRESS_HEADER, parseProxyTrust, resolveClientAddress, type ProxyTrust } from "./lib/auth/client-address";
import { log, messageOf } from "./lib/log";
import { withRequestLog } from "./lib/log/requests";

const { values: args } = parseArgs({
  options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } },
  allowPositionals: false,
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
// Like `next start`: every interface unless a host name is given.
const hostname = args.hostname ?? process.env.HOSTNAME;
// `next start` runs the production build whatever NODE_ENV says; Next insists on a standard value.
(process.env as Record<string, string>).NODE_ENV = "production";

let trust: ProxyTrust;
try {
  trust = parseProxyTrust(process.env.TRUST_PROXY);
} catch (error) {
  log.fatal(messageOf(error));
  process.exit(1);
}

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const trustProxy = !("hops" in trust) || trust.hops > 0;
const server = createServer(
  withRequestLog(
    (request, response) => {
      const forwarded = request.headers["x-forwarded-for"];
      request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
        request.socket.remoteAddress,
        Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
        trust,
      );
      void handle(request, response);
    },
    { trustProxy, logger: log },
  ),
);
// Idle keep-alive connections stay open longer than a client or balancer keeps them (nginx: 60 s, undici: 4 s),
// so the client always closes first: a server closing one just as a request is sent on it resets that request.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  log.info({ url: `http://${hostname ?? "localhost"}:${port}`, trustProxy: process.env.TRUST_PROXY ?? null }, "closeread listening");
});

function shutDown() {
  server.close(() => process.exit(0));
  // Open keep-alive connections would hold close() up; requests in flight still finish.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);
