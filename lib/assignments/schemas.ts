import { z } from "zod";
import { parseLocalDateTime } from "@/lib/dates";
import { booleanChoiceSchema, checkboxSchema, idSchema } from "@/lib/forms/schemas";
import { MAX_ATTEMPTS } from "./limits";
import { QuestionSet } from "@/lib/generated/prisma/enums";
import { pickedIdsOf, type QuestionSetChoice } from "./question-set";
import { FeedbackMode } from "@/lib/generated/prisma/enums";

/** Empty (or not sent) for "no due date", else a datetime-local value. */
const dueAtSchema = z
  .string("Enter a date and time, or leave it empty for no due date.")
  .optional()
  .transform((value, context) => {
    if (!value?.trim()) return null;
    const date = parseLocalDateTime(value.trim());
    if (!date) {
      context.addIssue({ code: "custom", message: "Enter a date and time, or leave it empty for no due date." });
      return z.NEVER;
    }
    return date;
  });

const settingsShape = {
  dueAt: dueAtSchema,
  feedbackMode: z.enum(FeedbackMode, "Choose when students see feedback."),
  unlockInOrder: checkboxSchema,
  allowPractice: checkboxSchema,
  attemptsAllowed: z.coerce
    .number("Enter a number.")
    .int("Enter a whole number.")
    .min(1, "Allow at least 1 attempt.")
    .max(MAX_ATTEMPTS, `Allow at most ${MAX_ATTEMPTS} attempts.`),
};

export type AssignmentSettings = {
  dueAt: Date | null;
  feedbackMode: FeedbackMode;
  unlockInOrder: boolean;
  /** Students may practise the reading while this assignment is open (practice shows every chunk and its key). */
  allowPractice: boolean;
  attemptsAllowed: number;
};

export const createAssignmentSchema = z.object({
  classId: idSchema,
  readingSlug: z.string("Choose a reading.").trim().min(1, "Choose a reading.").max(100, "Choose a reading from the list."),
  ...settingsShape,
});

export const updateAssignmentSchema = z.object({ assignmentId: idSchema, ...settingsShape });

const questionSetShape = {
  questionSet: z.enum(QuestionSet, "Choose which questions to assign."),
  includeWritten: checkboxSchema,
};

/** The set's fields, with the questions ticked for `readingSlug` (pick fields are named per reading, lib/assignments/question-set.ts). */
function questionSetChoice(
  { questionSet, includeWritten, ...fields }: { questionSet: QuestionSetChoice["mode"]; includeWritten: boolean } & Record<string, unknown>,
  readingSlug: string,
): QuestionSetChoice {
  return { mode: questionSet, includeWritten, picked: pickedIdsOf(fields, readingSlug) };
}

/** The assignment form: the settings and the question set. */
export const assignReadingSchema = createAssignmentSchema
  .extend(questionSetShape)
  .loose()
  .transform(({ classId, readingSlug, dueAt, feedbackMode, unlockInOrder, allowPractice, attemptsAllowed, ...set }) => ({
    classId,
    readingSlug,
    dueAt,
    feedbackMode,
    unlockInOrder,
    allowPractice,
    attemptsAllowed,
    questionSet: questionSetChoice(set, readingSlug),
  }));

/**
 * The settings form. The set's fields are absent when the form shows the set
 * read-only (students have started); ticked questions are matched to the
 * assignment's reading by the mutation, so they come back as fields.
 */
export const changeAssignmentSchema = updateAssignmentSchema
  .extend({ questionSet: questionSetShape.questionSet.optional(), includeWritten: checkboxSchema })
  .loose()
  .transform(({ assignmentId, dueAt, feedbackMode, unlockInOrder, allowPractice, attemptsAllowed, questionSet, includeWritten, ...fields }) => ({
    assignmentId,
    settings: { dueAt, feedbackMode, unlockInOrder, allowPractice, attemptsAllowed },
    questionSet: questionSet ? { mode: questionSet, includeWritten, fields } : null,
  }));

export const setAssignmentClosedSchema = z.object({ assignmentId: idSchema, closed: booleanChoiceSchema });
