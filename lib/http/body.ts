/**
 * Reading a JSON request body: at most 64 KiB unless the route allows more
 * (else null, answered with 413), declared as application/json, and strings without control
 * characters (lib/forms/text.ts), as form fields are.
 */
import "server-only";
import { withoutControlCharacters } from "@/lib/forms/text";

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * A JSON body must say so: a form post or a text/plain beacon from another
 * site cannot pass as one (browsers send those cross-site without asking).
 */
export function declaresJson(request: Request): boolean {
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/json";
}

/** Declared longer than the limit: refused before anything is read. */
export function declaresTooLarge(request: Request, limit = MAX_BODY_BYTES): boolean {
  return Number(request.headers.get("content-length") ?? 0) > limit;
}

/** The body as text, or null once it passes the limit (a missing or lying Content-Length does not help). */
export async function readLimited(request: Request, limit = MAX_BODY_BYTES): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The parsed JSON (an empty body as `{}`), strings without control characters; throws SyntaxError when malformed. */
export function parseJsonBody(text: string): unknown {
  return text === "" ? {} : JSON.parse(text, (_key, value: unknown) => (typeof value === "string" ? withoutControlCharacters(value) : value));
}
