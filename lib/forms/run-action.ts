import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { fieldErrors } from "@/lib/forms/field-errors";
import { isAppError, isTransientDatabaseError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/state";
import { withoutControlCharacters } from "@/lib/forms/text";
import { log, messageOf } from "@/lib/log";

const GENERIC_ERROR = "Something went wrong on our side. Please try again in a moment.";
const CHECK_FIELDS = "Please check the fields marked below.";
export const BUSY_MESSAGE = "The server is busy just now, so nothing was changed. Please try again in a moment.";

/** Fields never echoed back to the browser. */
const isSecretField = (name: string) => /password/i.test(name);

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !name.startsWith("$ACTION") && !isSecretField(name)) values[name] = value;
  }
  return values;
}

/** Form fields as an object for zod, without control characters: a repeated name becomes its last value. */
function formObject(formData: FormData): Record<string, string> {
  const object: Record<string, string> = {};
  for (const [name, value] of formData) if (typeof value === "string") object[name] = withoutControlCharacters(value);
  return object;
}

/** A form sent back as it was, for a page that recomputes something from it without saving. */
export function echoForm(formData: FormData): FormState {
  return { status: "idle", values: typedValues(formData) };
}

/**
 * The body of every form action: parse the form with its zod schema (field
 * messages on failure), run the change, and turn expected errors (AppError)
 * into their message. A database too busy to take the change says so (the
 * change was rolled back, and trying again will work). Anything else is
 * logged and shown generically. Redirects and not-found/forbidden signals
 * pass through. What was typed comes back with every error.
 */
export async function runFormAction<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  run: (input: z.output<Schema>) => Promise<FormState | void>,
): Promise<FormState> {
  const values = typedValues(formData);
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) {
    const { form, ...fields } = fieldErrors(parsed.error);
    return { status: "error", message: form?.[0] ?? CHECK_FIELDS, fieldErrors: fields, values };
  }
  try {
    return (await run(parsed.data)) ?? { status: "success" };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) {
      return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
    }
    if (isTransientDatabaseError(error)) {
      log.warn({ reason: messageOf(error) }, "database busy during a form action");
      return { status: "error", message: BUSY_MESSAGE, values };
    }
    log.error({ err: error }, "unexpected error in a form action");
    return { status: "error", message: GENERIC_ERROR, values };
  }
}
