/**
 * A teacher's home across their classes: the written answers waiting in
 * each assignment's grading queue, and the students flagged on any of them.
 * It is each active class's overview (class-overview.ts), read together,
 * so the home and the overviews never disagree.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { teacherClasses } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { FLAG_PRIORITY, getClassOverview, type FlagKind } from "./class-overview";

const urgency = (flags: readonly { kind: FlagKind }[]) => Math.min(...flags.map((flag) => FLAG_PRIORITY.indexOf(flag.kind)));

export async function getTeacherHome(viewer: SessionUser, now = new Date()) {
  const classes = await db.classroom.findMany({
    where: { ...teacherClasses(viewer), archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  const overviews = await Promise.all(classes.map((classroom) => getClassOverview(viewer, classroom.id, now)));
  return {
    toGrade: overviews.flatMap((overview) =>
      overview.assignments
        .filter((assignment) => assignment.awaitingReview > 0)
        .map((assignment) => ({ ...assignment, className: overview.classroom.name })),
    ),
    flagged: overviews
      .filter((overview) => overview.attention.length)
      .map((overview) => ({
        classroom: { id: overview.classroom.id, name: overview.classroom.name },
        // Most urgent first (FLAG_PRIORITY), so a short list shows who did not really try before who has not handed in.
        students: [...overview.attention].sort((a, b) => urgency(a.flags) - urgency(b.flags)),
      })),
  };
}

export type TeacherHome = Awaited<ReturnType<typeof getTeacherHome>>;
