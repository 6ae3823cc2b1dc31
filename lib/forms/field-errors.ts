import type { z } from "zod";

/**
 * zod's issues as messages per field, the one shape forms, JSON replies and
 * AppError share: each issue under its path joined with dots (below
 * `prefix` when given); an issue about the whole value under `prefix`, or
 * "form".
 */
export function fieldErrors(error: z.ZodError, prefix?: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "form";
    (fields[field] ??= []).push(issue.message);
  }
  return fields;
}
