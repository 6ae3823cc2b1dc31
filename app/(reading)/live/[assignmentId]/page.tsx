import type { Metadata } from "next";
import { StudentLiveView } from "@/components/live/student-live-view";
import { requireUser } from "@/lib/auth/current-user";
import { readerFor } from "@/lib/reading/page-reader";
import { activeLiveSession, studentLiveProgress } from "@/lib/live/sessions";

export const metadata: Metadata = { title: "Live lesson" };

/** A student following the class's live lesson; a late joiner or a reload lands where the class is. */
export default async function Page({ params }: { params: Promise<{ assignmentId: string }> }) {
  const student = await requireUser(["student"]);
  const { assignmentId } = await params;
  const reader = await readerFor("assignment", assignmentId);
  const state = await activeLiveSession(student, assignmentId);
  const progress = state ? await studentLiveProgress(student, state, { id: assignmentId, readingSlug: reader.reading.slug, questionIds: reader.settings.questionIds }) : null;
  return (
    <StudentLiveView
      title={reader.reading.title}
      readingPath={reader.basePath}
      state={state}
      progress={progress}
      chunkTitle={state ? (reader.reading.chunks[state.chunkIndex]?.title ?? "") : ""}
    />
  );
}
