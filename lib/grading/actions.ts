"use server";
/**
 * The grading form's server actions (grade, return for revision) and the
 * student's resubmission of a returned answer. The grading form names each
 * rubric criterion `criterion.<id>` (points chosen) beside `responseId` and `comment`.
 */
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { runFormAction } from "@/lib/forms/run-action";
import { idSchema } from "@/lib/forms/schemas";
import type { FormState } from "@/lib/forms/state";
import { gradeWrittenAnswer } from "./grade";
import { returnForRevision, reviseReturnedAnswer } from "./revision";

const CRITERION_PREFIX = "criterion.";

const gradeFormSchema = z
  .looseObject({ responseId: idSchema, comment: z.string().default("") })
  .transform((form) => ({
    responseId: form.responseId,
    comment: form.comment,
    criteria: Object.fromEntries(
      Object.entries(form)
        .filter(([name, value]) => name.startsWith(CRITERION_PREFIX) && typeof value === "string" && value !== "")
        .map(([name, value]) => [name.slice(CRITERION_PREFIX.length), Number(value)]),
    ),
  }));

export async function saveGradeAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, gradeFormSchema, async (input) => {
    const teacher = await requireUser(["teacher"]);
    const grade = await gradeWrittenAnswer(teacher, input);
    return {
      status: "success",
      message: `Saved: ${grade.score} of ${grade.maxScore} points${grade.revision > 1 ? ` (regrade ${grade.revision - 1})` : ""}.`,
      data: { responseId: input.responseId },
    };
  });
}

const returnFormSchema = z.object({ responseId: idSchema, comment: z.string().default("") });

export async function returnForRevisionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, returnFormSchema, async (input) => {
    const teacher = await requireUser(["teacher"]);
    await returnForRevision(teacher, input);
    return { status: "success", message: "Returned to the student with your comment.", data: { responseId: input.responseId } };
  });
}

const reviseFormSchema = z.object({ attemptId: idSchema, questionId: z.string().min(1).max(64), text: z.string().default("") });

export async function reviseAnswerAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, reviseFormSchema, async (input) => {
    const student = await requireUser(["student"]);
    await reviseReturnedAnswer(student, input);
    return { status: "success", message: "Sent to your teacher again.", data: { questionId: input.questionId } };
  });
}
