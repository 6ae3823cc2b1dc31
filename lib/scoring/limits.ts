/** Answer limits the browser enforces too; kept apart from the zod schemas so client components do not bundle zod. */

/** The most characters a written answer may hold, whatever its word limit. */
export const MAX_ANSWER_CHARACTERS = 5000;
