/**
 * Request ids and access lines for closeread's server (server.ts). Each
 * request gets an id: the proxy's `X-Request-Id` when TRUST_PROXY says a
 * proxy stands in front (nginx's `$request_id`, so its log and ours can be
 * matched), otherwise a new one, since any client can write the header.
 * The id goes to the app as a request header, back to the client as
 * `X-Request-Id`, and onto every log line written while the request is
 * handled; when the response ends, one access line records it.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { inRequest } from "./index";

export const REQUEST_ID_HEADER = "x-request-id";

/** What an id from a proxy may look like: short, and nothing that could break a log line or a header. */
const PROXY_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

export function requestIdFor(header: string | string[] | undefined, trustProxy: boolean): string {
  const sent = Array.isArray(header) ? header[0] : header;
  return trustProxy && sent && PROXY_REQUEST_ID.test(sent) ? sent : randomUUID();
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** `handler` with a request id and an access line for each request. Health checks log at debug: a load balancer asks every few seconds. */
export function withRequestLog(handler: Handler, { trustProxy, logger }: { trustProxy: boolean; logger: Logger }): Handler {
  return (request, response) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFor(request.headers[REQUEST_ID_HEADER], trustProxy);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    const path = (request.url ?? "/").split("?")[0];
    response.once("close", () => {
      const status = response.statusCode;
      const line = {
        requestId,
        method: request.method,
        path,
        status,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        // A client that hung up before the response was sent.
        ...(response.writableFinished ? {} : { aborted: true }),
      };
      const level = status >= 500 ? "warn" : path === "/api/health" && status === 200 ? "debug" : "info";
      logger[level](line, "request");
    });
    inRequest(requestId, () => handler(request, response));
  };
}
