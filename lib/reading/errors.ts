import { AppError } from "@/lib/errors";

/**
 * A reading rule the server enforces, named in the error payload (`code`)
 * so the browser can say exactly what happened.
 */
export type ReadingRule = "locked" | "closed" | "submitted" | "no_attempts_left";

export class ReadingRuleError extends AppError {
  constructor(
    readonly rule: ReadingRule,
    message: string,
  ) {
    super(rule === "locked" || rule === "closed" ? "forbidden" : "conflict", message, undefined, rule);
    this.name = "ReadingRuleError";
  }
}
