/**
 * The queue of written answers to grade for an assignment, by question or by
 * student, and the one answer open for grading with its rubric, current
 * grade and grading history. Counts come from the database; only the open
 * queue (one question's or one student's answers) is listed.
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { ownedAssignment } from "@/lib/auth/owned";
import type { SessionUser } from "@/lib/auth/current-user";
import { catalogueFor } from "@/lib/analytics/catalogue";
import { ANSWERED, latestAttempts } from "@/lib/analytics/latest-attempts";
import { inList, toNumber } from "@/lib/db/sql";
import type { ShortAnswerQuestion } from "@/lib/content/schema";
import { distinctNames } from "@/lib/students/names";
import { lowEffortWriting, type LowEffortWriting } from "@/lib/analytics/effort";
import { answerColumn } from "@/lib/scoring/answers";
import { CURRENT_GRADE_SELECT, FORMER_TEACHER, teacherGradeOf } from "./teacher-grade";

export type QueueMode = "question" | "student";

export type QueueQuery = { by?: QueueMode; questionId?: string; studentId?: string; responseId?: string };

export type QueueItem = {
  responseId: string;
  studentId: string;
  displayName: string;
  questionId: string;
  questionNumber: number;
  graded: boolean;
  /** Returned for revision, waiting for the student (revision.ts). */
  returned: boolean;
  /** Resubmitted after a return and not graded since. */
  revised: boolean;
  /** The answer looks like no attempt ("idk", a few words, the question copied): lib/analytics/effort.ts. */
  lowEffort: LowEffortWriting | null;
};

async function writtenCounts(classroomId: string, assignmentId: string, questionIds: string[], column: "questionId" | "userId") {
  const key = column === "questionId" ? Prisma.sql`r."questionId"` : Prisma.sql`l."userId"`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH latest AS (${latestAttempts(classroomId, assignmentId)})
    SELECT ${key} AS "key",
           SUM(CASE WHEN r."status" = 'graded' THEN 1 ELSE 0 END) AS "graded",
           -- Returned for revision: waiting for the student, not the teacher.
           SUM(CASE WHEN r."status" = 'graded' OR r."returnedAt" IS NOT NULL THEN 0 ELSE 1 END) AS "awaiting"
    FROM "Response" r JOIN latest l ON l."id" = r."attemptId"
    WHERE r."status" IN ${ANSWERED} AND r."questionId" ${inList(questionIds)}
    GROUP BY ${key}`;
  return new Map(rows.map((row) => [String(row.key), { graded: toNumber(row.graded), awaiting: toNumber(row.awaiting) }]));
}

async function queueItems(
  classroomId: string,
  assignmentId: string,
  questionIds: string[],
  filter: { questionId: string } | { studentId: string },
) {
  const scope =
    "questionId" in filter ? Prisma.sql`r."questionId" = ${filter.questionId}` : Prisma.sql`l."userId" = ${filter.studentId}`;
  return db.$queryRaw<{ responseId: string; studentId: string; displayName: string; questionId: string; status: string; answer: string; returned: unknown; revised: unknown }[]>`
    WITH latest AS (${latestAttempts(classroomId, assignmentId)})
    SELECT r."id" AS "responseId", l."userId" AS "studentId", u."displayName" AS "displayName",
           r."questionId" AS "questionId", r."status" AS "status", r."answer" AS "answer",
           CASE WHEN r."returnedAt" IS NULL THEN 0 ELSE 1 END AS "returned", CASE WHEN r."revisedAt" IS NULL THEN 0 ELSE 1 END AS "revised"
    FROM "Response" r
    JOIN latest l ON l."id" = r."attemptId"
    JOIN "User" u ON u."id" = l."userId"
    WHERE r."status" IN ${ANSWERED} AND r."questionId" ${inList(questionIds)} AND ${scope}
    ORDER BY LOWER(u."displayName"), u."id"`;
}

export async function getGradingQueue(viewer: SessionUser, assignmentId: string, query: QueueQuery = {}) {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const catalogue = await catalogueFor(assignment);
  const written = catalogue.questions.filter(
    (question): question is ShortAnswerQuestion & { number: number; maxScore: number } => question.type === "short_answer",
  );
  const writtenIds = written.map((question) => question.id);
  const by: QueueMode = query.by === "student" ? "student" : "question";

  const [questionCounts, studentCounts, roster] = await Promise.all([
    writtenCounts(assignment.classroomId, assignment.id, writtenIds, "questionId"),
    writtenCounts(assignment.classroomId, assignment.id, writtenIds, "userId"),
    db.enrollment.findMany({
      where: { classroomId: assignment.classroomId, status: "active" },
      select: { student: { select: { id: true, displayName: true, username: true } } },
      orderBy: [{ student: { displayName: "asc" } }, { studentId: "asc" }],
    }),
  ]);
  const questions = written.map((question) => ({
    id: question.id,
    number: question.number,
    prompt: question.prompt,
    ...(questionCounts.get(question.id) ?? { graded: 0, awaiting: 0 }),
  }));
  const names = distinctNames(roster.map(({ student }) => student));
  const students = roster
    .map(({ student }) => ({ id: student.id, displayName: names.get(student.id)!, ...(studentCounts.get(student.id) ?? { graded: 0, awaiting: 0 }) }))
    .filter((student) => student.graded + student.awaiting > 0);

  const firstWithWork = <T extends { id: string; awaiting: number }>(list: T[]) =>
    list.find((entry) => entry.awaiting > 0) ?? list[0];
  const selectedQuestion =
    by === "question" ? (questions.find((q) => q.id === query.questionId) ?? firstWithWork(questions)) : undefined;
  const selectedStudent =
    by === "student" ? (students.find((s) => s.id === query.studentId) ?? firstWithWork(students)) : undefined;

  const questionOf = new Map(written.map((question) => [question.id, question]));
  const rawItems = selectedQuestion
    ? await queueItems(assignment.classroomId, assignment.id, writtenIds, { questionId: selectedQuestion.id })
    : selectedStudent
      ? await queueItems(assignment.classroomId, assignment.id, writtenIds, { studentId: selectedStudent.id })
      : [];
  const items: QueueItem[] = rawItems
    .map((item) => ({
      responseId: item.responseId,
      studentId: item.studentId,
      displayName: names.get(item.studentId) ?? item.displayName,
      questionId: item.questionId,
      questionNumber: questionOf.get(item.questionId)?.number ?? 0,
      graded: item.status === "graded",
      // Drivers return these 0/1 flags as number or bigint.
      returned: Number(item.returned) === 1,
      revised: item.status !== "graded" && Number(item.revised) === 1,
      lowEffort: lowEffortWriting(writtenText(item.answer), questionOf.get(item.questionId)?.prompt ?? ""),
    }))
    .sort((a, b) => (by === "student" ? a.questionNumber - b.questionNumber : 0));

  const current = items.find((item) => item.responseId === query.responseId) ?? items.find((item) => !item.graded && !item.returned) ?? items[0];
  return {
    assignment: { id: assignment.id, classroomId: assignment.classroomId, className: assignment.classroom.name, title: catalogue.title },
    by,
    questions,
    students,
    selectedQuestionId: selectedQuestion?.id ?? null,
    selectedStudentId: selectedStudent?.id ?? null,
    items,
    current: current ? await openResponse(current, written) : null,
  };
}

/** The text of a stored written answer. */
function writtenText(answerJson: string): string {
  return answerColumn.read(answerJson).text ?? "";
}

async function openResponse(item: QueueItem, written: (ShortAnswerQuestion & { number: number; maxScore: number })[]) {
  const question = written.find((q) => q.id === item.questionId)!;
  const response = await db.response.findUniqueOrThrow({
    where: { id: item.responseId },
    select: {
      id: true,
      answer: true,
      grade: { select: CURRENT_GRADE_SELECT },
      status: true,
      score: true,
      submittedAt: true,
      returnComment: true,
      revisions: {
        select: { id: true, score: true, criteria: true, comment: true, createdAt: true, gradedBy: { select: { displayName: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      },
    },
  });
  const text = writtenText(response.answer);
  return {
    ...item,
    question: {
      id: question.id,
      number: question.number,
      prompt: question.prompt,
      maxWords: question.maxWords,
      maxScore: question.maxScore,
      criteria: question.rubric.criteria,
      modelAnswer: question.rubric.modelAnswer,
    },
    text,
    submittedAt: response.submittedAt,
    returnComment: item.returned ? response.returnComment : null,
    grade: response.grade && teacherGradeOf(question.rubric.criteria, response.grade),
    history: response.revisions.map((revision) => ({
      id: revision.id,
      score: revision.score,
      comment: revision.comment,
      gradedAt: revision.createdAt,
      gradedBy: revision.gradedBy?.displayName ?? FORMER_TEACHER,
    })),
  };
}

export type GradingQueue = Awaited<ReturnType<typeof getGradingQueue>>;
