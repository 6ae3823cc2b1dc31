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

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
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
