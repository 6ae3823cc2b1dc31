import type { Metadata } from "next";
import { StudentLiveView } from "@/components/live/student-live-view";
import { requireUser } from "@/lib/auth/session";
import { readingSessionFor } from "@/lib/reading/route-session";
import { activeLiveSession, studentLiveProgress } from "@/lib/live/sessions";

export const metadata: Metadata = { title: "Live lesson" };

/** A student following the class's live lesson; a late joiner or a reload lands where the class is. */
export default async function Page({ params }: { params: Promise<{ assignmentId: string }> }) {
  const student = await requireUser(["student"]);
  const { assignmentId } = await params;
  const session = await readingSessionFor("assignment", assignmentId);
  const state = await activeLiveSession(student, assignmentId);
  const progress = state ? await studentLiveProgress(student, state, { id: assignmentId, readingSlug: session.reading.slug, questionIds: session.settings.questionIds }) : null;
  return (
    <StudentLiveView
      title={session.reading.title}
      readingPath={session.basePath}
      state={state}
      progress={progress}
      chunkTitle={state ? (session.reading.chunks[state.chunkIndex]?.title ?? "") : ""}
    />
  );
}
