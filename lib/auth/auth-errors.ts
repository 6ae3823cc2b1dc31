// The class next-auth re-exports, from the @auth/core version it pins: importing
// it from here keeps next-auth's Next.js entry out of plain Node (tests, scripts).
import { AuthError } from "@auth/core/errors";

/** What made next-auth fail: it wraps whatever a provider's authorize() or a callback threw as `cause.err`. */
export function authErrorCause(error: unknown): unknown {
  return error instanceof AuthError ? error.cause?.err : undefined;
}
