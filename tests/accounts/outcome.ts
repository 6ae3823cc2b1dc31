/**
 * What happened when an actor called a page, action or route handler, in
 * words a table can hold: the page or change went through ("allowed"), the
 * anonymous visitor was sent to sign in, the 403 or 404 page, or the action
 * refused with a message.
 */
import { isAppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/state";

export type Outcome = "allowed" | "sign-in" | "forbidden" | "not-found" | "refused";

function digestOf(error: unknown): string | null {
  return typeof error === "object" && error !== null && typeof (error as { digest?: unknown }).digest === "string"
    ? (error as { digest: string }).digest
    : null;
}

export async function outcomeOf(run: () => Promise<unknown>): Promise<{ outcome: Outcome; detail: string }> {
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    const digest = digestOf(error);
    if (digest?.startsWith("NEXT_REDIRECT;")) {
      const url = digest.split(";")[2] ?? "";
      // A redirect elsewhere is how a successful action moves on (to the new class, say).
      return { outcome: url.startsWith("/sign-in") ? "sign-in" : "allowed", detail: url };
    }
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return { outcome: "forbidden", detail: digest };
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { outcome: "not-found", detail: digest };
    // Data functions throw AppError; pages and actions turn it into a page or a message.
    if (isAppError(error)) {
      const outcome = error.code === "forbidden" ? "forbidden" : error.code === "not_found" ? "not-found" : "refused";
      return { outcome, detail: error.message };
    }
    throw error;
  }
  if (result instanceof Response) {
    return { outcome: result.ok ? "allowed" : "refused", detail: String(result.status) };
  }
  const state = result as FormState | null;
  if (state?.status === "success") return { outcome: "allowed", detail: state.message ?? "" };
  if (state?.status === "error") return { outcome: "refused", detail: state.message ?? "" };
  // A data function's null means "not found" (or not yours, which looks the same).
  if (result === null) return { outcome: "not-found", detail: "null" };
  return { outcome: "allowed", detail: "rendered" };
}
