import { AppError } from "@/lib/errors";

/**
 * A reading rule the server enforces, named in the error payload (`code`)
 * so the browser can say exactly what happened.
 */
export type ReadingRule = "locked" | "closed" | "archived" | "practice_closed" | "submitted" | "no_attempts_left";

/** Rules that refuse with 403; the rest are conflicts with the attempt's state (409). */
const FORBIDDING: ReadonlySet<ReadingRule> = new Set(["locked", "closed", "archived", "practice_closed"]);

export class ReadingRuleError extends AppError {
  constructor(
    readonly rule: ReadingRule,
    message: string,
  ) {
    super(FORBIDDING.has(rule) ? "forbidden" : "conflict", message, undefined, rule);
    this.name = "ReadingRuleError";
  }
}
