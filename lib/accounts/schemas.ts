import { z } from "zod";
import { newPasswordSchema, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { JOIN_CODE_LENGTH } from "@/lib/classes/join-code";

const displayNameSchema = z
  .string("Enter a name.")
  .trim()
  .min(1, "Enter a name.")
  .max(60, "Use at most 60 characters.");

const emailSchema = z
  .string("Enter your email address.")
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address like name@school.org.").max(254, "That email address is too long."));

/** Usernames are stored lower-case; no "@", so sign-in can tell them from emails. */
const usernameSchema = z
  .string("Choose a username.")
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(32, "Use at most 32 characters.")
  .regex(/^[a-z0-9._-]+$/, "Use only letters, digits, dots, dashes and underscores.");

const joinCodeSchema = z
  .string("Enter the class code.")
  .trim()
  .toUpperCase()
  .transform((code) => code.replace(/[\s-]/g, ""))
  .pipe(z.string().length(JOIN_CODE_LENGTH, `A join code has ${JOIN_CODE_LENGTH} letters and digits.`));

/**
 * A new password typed twice, and not the person's own name for the app.
 * The cross-field checks run whenever the fields they compare are valid, so
 * their messages come with those of the other fields, not after them.
 */
function withConfirmedPassword<Shape extends z.ZodRawShape>(shape: Shape, nameField?: keyof Shape & string) {
  const passwordFields = { password: newPasswordSchema, confirmPassword: z.string("Type the password again.").max(PASSWORD_MAX_LENGTH) };
  const fields: Record<string, z.core.$ZodType | undefined> = { ...shape, ...passwordFields };
  const comparable = (names: string[]) => (payload: { value: unknown }) =>
    names.every((name) => {
      const field = fields[name];
      return field !== undefined && z.safeParse(field, (payload.value as Record<string, unknown>)[name]).success;
    });
  const read = (value: unknown) => value as Record<string, unknown> & { password: string; confirmPassword: string };
  return z
    .object({ ...shape, ...passwordFields })
    .refine((value) => read(value).password === read(value).confirmPassword, {
      path: ["confirmPassword"],
      message: "The two passwords differ.",
      when: comparable(["password", "confirmPassword"]),
    })
    .refine(
      (value) => {
        // The username, or an email's part before the "@", when long enough to matter.
        const name = nameField ? (String(read(value)[nameField] ?? "").toLowerCase().split("@")[0] ?? "") : "";
        return name.length < 4 || !read(value).password.toLowerCase().includes(name);
      },
      { path: ["password"], message: "Don't use your name in your password.", when: comparable(nameField ? ["password", nameField] : ["password"]) },
    );
}

export const SIGN_UP_ROLES = ["teacher", "learner"] as const;

export const signUpSchema = withConfirmedPassword(
  {
    role: z.enum(SIGN_UP_ROLES, "Choose teacher or self-study learner."),
    displayName: displayNameSchema,
    email: emailSchema,
  },
  "email",
);

/** Joining as a new student: the class code plus the account to create. */
export const joinAsNewStudentSchema = withConfirmedPassword(
  {
    code: joinCodeSchema,
    displayName: displayNameSchema,
    username: usernameSchema,
  },
  "username",
);

/** Joining one more class as a signed-in student. */
export const joinAsStudentSchema = z.object({ code: joinCodeSchema });

export const changePasswordSchema = withConfirmedPassword({
  currentPassword: z.string("Enter your current password.").min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH),
});

export type SignUpInput = z.output<typeof signUpSchema>;
export type JoinAsNewStudentInput = z.output<typeof joinAsNewStudentSchema>;

/** Deleting one's own account: the password, or the sign-in email for an account without one (lib/accounts/own-data.ts). */
export const deleteAccountSchema = z.object({
  currentPassword: z.string().max(PASSWORD_MAX_LENGTH).optional(),
  confirmSignInName: z.string().max(254).optional(),
});
