/** The zod schemas behind every form: field-level messages, and what the form gets back. */
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { changePasswordSchema, joinAsNewStudentSchema, signUpSchema } from "@/lib/accounts/schemas";
import { createAssignmentSchema, updateAssignmentSchema } from "@/lib/assignments/schemas";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { createClassroomSchema, deleteStudentDataSchema, joinSettingsSchema, renameClassroomSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { runFormAction } from "@/lib/forms/run-action";
import { log } from "@/lib/log";
import { form } from "./world";

const ID = "ckxq3h2b40000a8z1b2c3d4e5";

function fieldErrors(schema: z.ZodType, input: Record<string, string>) {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("passwords", () => {
  it.each([
    ["short1234", "Use at least 10 characters."],
    ["1234567890", "This password is too common or too easy to guess. Try a few unrelated words."],
    ["Password123", "This password is too common or too easy to guess. Try a few unrelated words."],
    ["aaaaaaaaaaaa", "This password is too common or too easy to guess. Try a few unrelated words."],
    ["abababababab", "This password is too common or too easy to guess. Try a few unrelated words."],
    ["x".repeat(201), "Use at most 200 characters."],
  ])("%j is refused: %s", (password, message) => {
    const result = newPasswordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it.each(["correct horse battery", "lamp-orbit-7-tulip", "Zq9!vT2#mW"])("%j is accepted", (password) => {
    expect(newPasswordSchema.safeParse(password).success).toBe(true);
  });
});

describe("sign-up", () => {
  const valid = {
    role: "teacher",
    displayName: "Ms. Rivera",
    email: "  Rivera@School.Example ",
    password: "correct horse battery",
    confirmPassword: "correct horse battery",
  };

  it("normalises the email to lower case and trims names", () => {
    expect(signUpSchema.parse({ ...valid, displayName: "  Ms. Rivera " })).toMatchObject({ email: "rivera@school.example", displayName: "Ms. Rivera" });
  });

  it("reports each bad field by name", () => {
    expect(fieldErrors(signUpSchema, { ...valid, role: "admin", displayName: " ", email: "not-an-email", confirmPassword: "different" })).toEqual({
      role: ["Choose teacher or self-study learner."],
      displayName: ["Enter a name."],
      email: ["Enter an email address like name@school.org."],
      confirmPassword: ["The two passwords differ."],
    });
  });

  it("refuses a password made of the person's own email name", () => {
    expect(fieldErrors(signUpSchema, { ...valid, password: "rivera-rivera-2026", confirmPassword: "rivera-rivera-2026" })).toEqual({
      password: ["Don't use your name in your password."],
    });
  });
});

describe("joining", () => {
  const valid = { code: " demo-42 ", displayName: "Ava M.", username: " Ava.M ", password: "lamp orbit tulip", confirmPassword: "lamp orbit tulip" };

  it("accepts a code typed in lower case, with spaces or a dash, and lower-cases the username", () => {
    expect(joinAsNewStudentSchema.parse(valid)).toMatchObject({ code: "DEMO42", username: "ava.m" });
  });

  it("reports each bad field by name", () => {
    expect(fieldErrors(joinAsNewStudentSchema, { ...valid, code: "ABC", username: "ava@home", password: "short", confirmPassword: "short" })).toEqual({
      code: ["A join code has 6 letters and digits."],
      username: ["Use only letters, digits, dots, dashes and underscores."],
      password: ["Use at least 10 characters."],
    });
    expect(fieldErrors(joinAsNewStudentSchema, { ...valid, username: "ab" })).toEqual({ username: ["Use at least 3 characters."] });
  });

  it("refuses a password that contains the username", () => {
    expect(fieldErrors(joinAsNewStudentSchema, { ...valid, username: "tulip", password: "lamp orbit tulip" })).toEqual({
      password: ["Don't use your name in your password."],
    });
  });
});

describe("classes and students", () => {
  it("needs a class name of 1 to 80 characters, and a well-formed id", () => {
    expect(fieldErrors(createClassroomSchema, { name: "  " })).toEqual({ name: ["Give the class a name."] });
    expect(createClassroomSchema.parse({ name: "Period 3", requireApproval: "on" })).toEqual({ name: "Period 3", requireApproval: true });
    expect(createClassroomSchema.parse({ name: "Period 3" })).toEqual({ name: "Period 3", requireApproval: false });
    expect(fieldErrors(renameClassroomSchema, { classId: "1; DROP TABLE", name: "x".repeat(81) })).toEqual({
      classId: ["That link is not valid."],
      name: ["Use at most 80 characters."],
    });
  });

  it("needs something to change in the join settings", () => {
    expect(joinSettingsSchema.safeParse({ classId: ID }).error?.issues[0]?.message).toBe("Nothing to change.");
    expect(joinSettingsSchema.parse({ classId: ID, joinOpen: "false" })).toEqual({ classId: ID, joinOpen: false });
  });

  it("needs the username typed to confirm a deletion", () => {
    expect(fieldErrors(deleteStudentDataSchema, { classId: ID, studentId: ID, confirmUsername: "" })).toEqual({
      confirmUsername: ["Type the student's username to confirm."],
    });
  });
});

describe("assignments", () => {
  const valid = { classId: ID, readingSlug: "gettysburg-address", dueAt: "2031-05-04T17:30", feedbackMode: "after_submit", attemptsAllowed: "2" };

  it("reads the due date in the server's time zone and the settings as typed values", () => {
    expect(createAssignmentSchema.parse({ ...valid, unlockInOrder: "on" })).toEqual({
      classId: ID,
      readingSlug: "gettysburg-address",
      dueAt: new Date(2031, 4, 4, 17, 30),
      feedbackMode: "after_submit",
      unlockInOrder: true,
      attemptsAllowed: 2,
      allowPractice: false,
    });
    expect(createAssignmentSchema.parse({ ...valid, dueAt: "" }).dueAt).toBeNull();
  });

  it("reports each bad field by name", () => {
    expect(fieldErrors(updateAssignmentSchema, { assignmentId: ID, dueAt: "2031-02-31T10:00", feedbackMode: "never", attemptsAllowed: "0" })).toEqual({
      dueAt: ["Enter a date and time, or leave it empty for no due date."],
      feedbackMode: ["Choose when students see feedback."],
      attemptsAllowed: ["Allow at least 1 attempt."],
    });
    expect(fieldErrors(updateAssignmentSchema, { assignmentId: ID, dueAt: "", feedbackMode: "immediate", attemptsAllowed: "2.5" })).toEqual({
      attemptsAllowed: ["Enter a whole number."],
    });
  });

  it("says what is missing in words when a field is not sent at all", () => {
    expect(fieldErrors(createAssignmentSchema, { classId: ID })).toEqual({
      readingSlug: ["Choose a reading."],
      feedbackMode: ["Choose when students see feedback."],
      attemptsAllowed: ["Enter a number."],
    });
    expect(fieldErrors(joinAsNewStudentSchema, {})).toEqual({
      code: ["Enter the class code."],
      displayName: ["Enter a name."],
      username: ["Choose a username."],
      password: ["Choose a password."],
      confirmPassword: ["Type the password again."],
    });
  });
});

describe("runFormAction", () => {
  it("returns field errors and what was typed, except passwords, without running the change", async () => {
    const run = vi.fn();
    const state = await runFormAction(
      form({ currentPassword: "old one", password: "short", confirmPassword: "short", note: "kept" }),
      changePasswordSchema,
      run,
    );
    expect(run).not.toHaveBeenCalled();
    expect(state).toEqual({
      status: "error",
      message: "Please check the fields marked below.",
      fieldErrors: { password: ["Use at least 10 characters."] },
      values: { note: "kept" },
    });
  });

  it("shows an expected error's message and fields, and hides an unexpected one", async () => {
    const schema = z.object({ name: z.string() });
    expect(
      await runFormAction(form({ name: "taken" }), schema, async () => {
        throw new AppError("conflict", "That name is taken.", { name: ["That name is taken."] });
      }),
    ).toEqual({ status: "error", message: "That name is taken.", fieldErrors: { name: ["That name is taken."] }, values: { name: "taken" } });

    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const state = await runFormAction(form({ name: "x" }), schema, async () => {
      throw new Error("database exploded: secret detail");
    });
    expect(state.message).toBe("Something went wrong on our side. Please try again in a moment.");
    expect(JSON.stringify(state)).not.toContain("secret detail");
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });
});
