/** Shown in the password fields' hints; kept apart from the zod policy so client components do not bundle zod. */
export const PASSWORD_MIN_LENGTH = 10;
