import "server-only";
import { teacherAssignments, teacherClasses } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { chooseQuestions, pickedIdsOf, questionIdsColumn, storedQuestionIds, type QuestionSetChoice, type QuestionSetMode } from "@/lib/assignments/question-set";
import { assignableReadings } from "@/lib/assignments/readings";
import type { AssignmentSettings } from "@/lib/assignments/schemas";
import { getFullQuestions } from "@/lib/content/keys";
import { getReading } from "@/lib/content/load";
import type { Question } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const NOT_YOUR_ASSIGNMENT = "That assignment does not exist or is not yours.";

/** Every question, written answers included: what an assignment made without a choice (an LMS deep link) gives. */
const EVERY_QUESTION: QuestionSetChoice = { mode: "all", includeWritten: true, picked: [] };

/** The questions of a reading's current version (none when it is no longer installed). */
async function bankOf(readingSlug: string): Promise<Question[]> {
  const reading = await getReading(readingSlug);
  return reading ? getFullQuestions(reading) : [];
}

/** The set's columns for a choice on a reading's bank; a choice that keeps none of its questions is refused on the set's field. */
function questionSetColumns(bank: readonly Question[], choice: QuestionSetChoice) {
  const chosen = chooseQuestions(bank, choice);
  // A reading without questions may still be assigned for reading alone.
  if (chosen.length === 0 && bank.length > 0) {
    const message =
      choice.mode === "core"
        ? "This reading has no core set left with these choices: choose every question, or pick questions."
        : "Choose at least one question.";
    throw new AppError("invalid", message, { questionSet: [message] });
  }
  return { questionSet: choice.mode, includeWritten: choice.includeWritten, questionIds: questionIdsColumn.write(chosen.map((question) => question.id)) };
}

/** Assigns a published reading to one of the teacher's classes (not an archived one), with the questions chosen. */
export async function createAssignment(
  actor: SessionUser,
  input: AssignmentSettings & { classId: string; readingSlug: string; questionSet?: QuestionSetChoice },
  now = new Date(),
): Promise<{ id: string; readingSlug: string; questionIds: string | null }> {
  const classroom = await db.classroom.findFirst({ where: { id: input.classId, ...teacherClasses(actor) }, select: { archivedAt: true } });
  if (!classroom) throw new AppError("not_found", "That class does not exist or is not yours.");
  if (classroom.archivedAt) throw new AppError("conflict", "This class is archived. Restore it before assigning readings.");
  if (!(await assignableReadings(actor)).some((reading) => reading.slug === input.readingSlug)) {
    throw new AppError("invalid", "Choose a reading from the list.", { readingSlug: ["Choose a reading from the list."] });
  }
  if (input.dueAt && input.dueAt <= now) {
    throw new AppError("invalid", "The due date has passed.", { dueAt: ["Choose a due date in the future, or none."] });
  }
  const { classId, questionSet = EVERY_QUESTION, ...data } = input;
  return db.assignment.create({
    data: { ...data, ...questionSetColumns(await bankOf(input.readingSlug), questionSet), classroomId: classId },
    select: { id: true, readingSlug: true, questionIds: true },
  });
}

/** Changes one of the teacher's assignments; another teacher's reads as not found. */
async function updateOwnedAssignment(actor: SessionUser, assignmentId: string, data: Prisma.AssignmentUpdateManyMutationInput) {
  const { count } = await db.assignment.updateMany({ where: { id: assignmentId, ...teacherAssignments(actor) }, data });
  if (count === 0) throw new AppError("not_found", NOT_YOUR_ASSIGNMENT);
}

export const SET_FIXED_MESSAGE =
  "Students have started this assignment, so its questions stay as they are (their answers and scores are over this set). To give other questions, assign the reading again.";

/** A set change from the settings form: the mode, the written-answers box, and the form's pick fields. */
export type QuestionSetChange = { mode: QuestionSetMode; includeWritten: boolean; fields: Readonly<Record<string, unknown>> };

/**
 * New settings; the reading stays (attempts were made against it). The
 * questions may change only while no student has an attempt: the same set
 * again is no change, another set once anyone started is refused on the
 * set's field (the check and the write are one statement, so a student
 * starting meanwhile cannot slip between them).
 */
export async function updateAssignment(
  actor: SessionUser,
  assignmentId: string,
  settings: AssignmentSettings,
  change: QuestionSetChange | null = null,
): Promise<void> {
  if (!change) return updateOwnedAssignment(actor, assignmentId, settings);
  const current = await db.assignment.findFirst({ where: { id: assignmentId, ...teacherAssignments(actor) }, select: { readingSlug: true, questionIds: true } });
  if (!current) throw new AppError("not_found", NOT_YOUR_ASSIGNMENT);
  const choice = { mode: change.mode, includeWritten: change.includeWritten, picked: pickedIdsOf(change.fields, current.readingSlug) };
  const bank = await bankOf(current.readingSlug);
  const columns = questionSetColumns(bank, choice);
  if (sameIds(columns.questionIds, current.questionIds, bank)) return updateOwnedAssignment(actor, assignmentId, { ...settings, ...columns });
  const { count } = await db.assignment.updateMany({
    where: { id: assignmentId, ...teacherAssignments(actor), attempts: { none: {} } },
    data: { ...settings, ...columns },
  });
  if (count === 0) throw new AppError("conflict", SET_FIXED_MESSAGE, { questionSet: [SET_FIXED_MESSAGE] });
}

/** Whether two stored sets hold the same questions (null: every question of the reading). */
function sameIds(a: string | null, b: string | null, bank: readonly Question[]): boolean {
  const every = () => bank.map((question) => question.id);
  const [left, right] = [storedQuestionIds(a) ?? every(), storedQuestionIds(b) ?? every()];
  return left.length === right.length && left.every((id) => right.includes(id));
}

/** A closed assignment is read-only for students; reopening lets them continue. */
export async function setAssignmentClosed(actor: SessionUser, assignmentId: string, closed: boolean): Promise<void> {
  await updateOwnedAssignment(actor, assignmentId, { closedAt: closed ? new Date() : null });
}
