/**
 * The three kinds of user, as the schema's Role enum stores them. Imports only
 * the generated enums (free of imports themselves), so paths and UI can name a
 * role without pulling in the session code or the database client.
 */
import { Role } from "@/lib/generated/prisma/enums";

export { Role };
export const ROLES: readonly Role[] = Object.values(Role);
