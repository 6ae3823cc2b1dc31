import "server-only";
import { teacherAttempts, teacherClasses, teacherEnrollments } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { readOrText } from "@/lib/db/json-column";
import { answerColumn } from "@/lib/scoring/answers";
import { feedbackColumn } from "@/lib/scoring/feedback";

/**
 * A student as their teacher sees them in one class: the enrollment, the
 * student's name and username, and how much work they have in this teacher's
 * classes. Null when the class is not the teacher's or the student is not in it.
 */
export async function getStudentInClass(actor: SessionUser, classId: string, studentId: string) {
  const enrollment = await db.enrollment.findFirst({
    where: { classroomId: classId, studentId, ...teacherEnrollments(actor) },
    select: {
      status: true,
      createdAt: true,
      classroom: { select: { id: true, name: true } },
      student: { select: { id: true, displayName: true, username: true, createdAt: true } },
    },
  });
  if (!enrollment) return null;
  const [attemptCount, otherTeachersClasses] = await Promise.all([
    db.attempt.count({ where: { userId: studentId, ...teacherAttempts(actor) } }),
    db.enrollment.count({ where: { studentId, classroom: { NOT: teacherClasses(actor) } } }),
  ]);
  return { ...enrollment, attemptCount, inOtherTeachersClasses: otherTeachersClasses > 0 };
}

/**
 * Everything stored about a student that belongs to this teacher's classes,
 * as plain JSON: profile, memberships, attempts with answers, grades and
 * reading time. Null when the student is not in this teacher's class.
 */
export async function exportStudentData(actor: SessionUser, classId: string, studentId: string) {
  const found = await getStudentInClass(actor, classId, studentId);
  if (!found) return null;
  const [enrollments, attempts] = await Promise.all([
    db.enrollment.findMany({
      where: { studentId, ...teacherEnrollments(actor) },
      select: { status: true, createdAt: true, classroom: { select: { name: true } } },
    }),
    db.attempt.findMany({
      where: { userId: studentId, ...teacherAttempts(actor) },
      orderBy: { startedAt: "asc" },
      select: {
        number: true,
        readingSlug: true,
        contentVersion: true,
        startedAt: true,
        lastActiveAt: true,
        submittedAt: true,
        late: true,
        assignment: { select: { classroom: { select: { name: true } } } },
        responses: {
          orderBy: { createdAt: "asc" },
          select: {
            questionId: true,
            chunkId: true,
            answer: true,
            status: true,
            score: true,
            maxScore: true,
            feedback: true,
            confidence: true,
            submittedAt: true,
            grade: { select: { createdAt: true } },
          },
        },
        events: { orderBy: { occurredAt: "asc" }, select: { chunkId: true, visibleMs: true, occurredAt: true } },
      },
    }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    student: { displayName: found.student.displayName, username: found.student.username, createdAt: found.student.createdAt },
    classes: enrollments.map((enrollment) => ({
      name: enrollment.classroom.name,
      status: enrollment.status,
      joinedAt: enrollment.createdAt,
    })),
    attempts: attempts.map(({ assignment, responses, events, ...attempt }) => ({
      ...attempt,
      className: assignment?.classroom.name ?? null,
      responses: responses.map(({ grade, ...response }) => ({
        ...response,
        // As JSON, or as the stored text if it cannot be read.
        answer: readOrText(answerColumn, response.answer),
        feedback: response.feedback === null ? null : readOrText(feedbackColumn, response.feedback),
        gradedAt: grade?.createdAt ?? null,
      })),
      readingTime: events,
    })),
  };
}
