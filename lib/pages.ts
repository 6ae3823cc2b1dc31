import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { idSchema } from "@/lib/forms/schemas";

/** A route's id parameter; anything that is not a well-formed id is a 404 before any query. */
export function routeId(value: string): string {
  if (!idSchema.safeParse(value).success) notFound();
  return value;
}

/** The record a page shows, or the 404 page (missing and not-yours look the same). */
export function foundOr404<T>(record: T | null | undefined): T {
  if (record === null || record === undefined) notFound();
  return record;
}

/** This site's origin for links printed on paper: AUTH_URL when set, else as the browser reached it. */
export async function siteOrigin(): Promise<string> {
  if (process.env.AUTH_URL) return new URL(process.env.AUTH_URL).origin;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}
