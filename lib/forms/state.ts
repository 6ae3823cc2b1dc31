/**
 * What a form's server action returns to the form (through useActionState):
 * a message for the live region, messages per field, what was typed (except
 * passwords) so nothing is lost when the page re-renders without JavaScript,
 * and any values the action hands back (a generated password).
 */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  data?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };
