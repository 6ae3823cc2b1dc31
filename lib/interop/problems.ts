import type { z } from "zod";

/** A zod error as one line naming each field at fault, for import reports. */
export function schemaProblem(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "question"}: ${issue.message}`).join("; ");
}
