/**
 * Dashboard pages call data functions through this: a not-yours or missing
 * id shows the 404 page, a wrong role the 403 page, as elsewhere in the app.
 */
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

export async function forPage<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
}
