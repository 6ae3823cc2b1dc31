/**
 * The one error type for expected failures. Its message is meant for the
 * person using the app; anything that is not an AppError is logged and shown
 * as a generic message instead.
 */
export type AppErrorCode = "unauthorized" | "forbidden" | "not_found" | "invalid" | "rate_limited" | "conflict";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Field-level messages for "invalid", keyed by form field name. */
  readonly fieldErrors?: Record<string, string[]>;
  /** A narrower code for JSON replies (a reading rule, say), so the browser can say exactly what happened. */
  readonly reason?: string;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>, reason?: string) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.reason = reason;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A database unique-constraint violation (Prisma's P2002), e.g. two people taking one username at once. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Prisma's P2025: the record to update was not there (or did not match the where clause). */
export function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}

/**
 * Prisma's codes for a database that timed out waiting (P1008: SQLite's SQLITE_BUSY arrives as this), a write conflict or
 * deadlock (P2034), or a transaction that got no connection in time or ran past its time-out and was rolled back (P2028:
 * a burst of answers on PostgreSQL queues for the connection pool and for the class's tally rows).
 */
const TRANSIENT_PRISMA_CODES = new Set(["P1008", "P2028", "P2034"]);
/** The driver adapters' kinds for the same two conditions. */
const TRANSIENT_ADAPTER_KINDS = new Set(["SocketTimeout", "TransactionWriteConflict"]);
/** PostgreSQL's serialization failure, deadlock and lock timeout: the first two arrive as P2034, the last as P2039 with its code. */
const TRANSIENT_POSTGRES_CODES = new Set(["40001", "40P01", "55P03"]);
/** SQLite's primary result codes SQLITE_BUSY ("database is locked") and SQLITE_LOCKED. */
const TRANSIENT_SQLITE_CODES = new Set([5, 6]);

/**
 * A database too busy to take the query just now, where the same request a
 * moment later should go through: SQLite locked by another writer past its
 * busy timeout, or a PostgreSQL serialization failure, deadlock or lock
 * timeout. Looks at Prisma's error, the driver adapter's error it carries,
 * and the driver's own error, whichever arrives.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  const meta = fieldOf(error, "meta");
  const adapterError = fieldOf(meta, "driverAdapterError") ?? (fieldOf(error, "name") === "DriverAdapterError" ? error : undefined);
  const cause = fieldOf(adapterError, "cause");

  const code = fieldOf(error, "code");
  if (typeof code === "string" && (TRANSIENT_PRISMA_CODES.has(code) || TRANSIENT_POSTGRES_CODES.has(code) || /^SQLITE_(BUSY|LOCKED)/.test(code))) return true;
  const kind = fieldOf(cause, "kind");
  if (typeof kind === "string" && TRANSIENT_ADAPTER_KINDS.has(kind)) return true;
  if (kind === "postgres" && TRANSIENT_POSTGRES_CODES.has(String(fieldOf(cause, "code")))) return true;
  const extendedCode = fieldOf(cause, "extendedCode");
  if (kind === "sqlite" && typeof extendedCode === "number" && TRANSIENT_SQLITE_CODES.has(extendedCode & 0xff)) return true;
  const originalCode = fieldOf(cause, "originalCode");
  return typeof originalCode === "string" && /^SQLITE_(BUSY|LOCKED)/.test(originalCode);
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
