/** Shown in the assignment form; kept apart from the zod schemas so client components do not bundle zod. */
export const MAX_ATTEMPTS = 10;
