/** The three kinds of user. Free of imports, so paths and UI can name a role without pulling in the session code. */
export const ROLES = ["teacher", "student", "learner"] as const;
export type Role = (typeof ROLES)[number];
