import type { Metadata } from "next";
import { AssignmentHeader } from "@/components/dashboard/assignment-nav";
import { LiveBoard } from "@/components/dashboard/live-board";
import { LiveLessonControl } from "@/components/live/live-lesson-control";
import { forPage } from "@/lib/analytics/for-page";
import { getLiveProgress } from "@/lib/analytics/live-progress";
import { requireUser } from "@/lib/auth/current-user";
import { activeLiveSession } from "@/lib/live/sessions";
import { routeId } from "@/lib/pages";

export const metadata: Metadata = { title: "Live progress" };

export default async function LivePage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const teacher = await requireUser(["teacher"]);
  const assignmentId = routeId((await params).assignmentId);
  const live = await forPage(getLiveProgress(teacher, assignmentId));
  const lesson = await activeLiveSession(teacher, assignmentId);
  return (
    <div className="page">
      <AssignmentHeader
        assignmentId={assignmentId}
        classId={live.assignment.classroomId}
        className={live.assignment.className}
        title={live.assignment.title}
        current="live"
      >
        <p className="muted">Updates every few seconds while this page is open. “Reading now” means active in the last two minutes.</p>
      </AssignmentHeader>
      <LiveLessonControl assignmentId={assignmentId} initial={lesson} chunkTitles={live.chunks.map((chunk) => chunk.title)} />
      <LiveBoard assignmentId={assignmentId} initial={live} />
    </div>
  );
}
