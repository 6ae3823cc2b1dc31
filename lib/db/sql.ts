/**
 * Raw SQL written once for both providers: every identifier double-quoted
 * (Prisma's table and column names), only functions SQLite and PostgreSQL
 * share, booleans tested as `CASE WHEN col` (0/1 in SQLite, boolean in
 * PostgreSQL), and numbers read back through toNumber, since drivers return
 * counts as bigint and sums as number, string or Decimal. Every fractional
 * result is CAST AS DOUBLE PRECISION: the SQLite adapter types a result
 * column by its first non-null value, and truncates later fractions when
 * that value happened to be an integer.
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** `IN (...)` over a list that may be empty (an empty list matches nothing). */
export function inList(values: readonly string[]): Prisma.Sql {
  return values.length ? Prisma.sql`IN (${Prisma.join(values)})` : Prisma.sql`IN (NULL)`;
}

export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return Number(String(value));
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

/** SQLite hands back aggregated dates as ISO text, PostgreSQL as Date. */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}

export function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === 1n || value === "1" || value === "t" || value === "true";
}
