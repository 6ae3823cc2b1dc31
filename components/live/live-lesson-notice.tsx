import Link from "next/link";
import { describeLiveState } from "@/lib/live/describe";
import { activeLiveSession } from "@/lib/live/sessions";
import { readerFor } from "@/lib/reading/page-reader";
import styles from "./live-lesson-notice.module.css";

/** On a student's reading pages while their class is in a live lesson: where the class is, and the way back to it. */
export async function LiveLessonNotice({ assignmentId }: { assignmentId: string }) {
  // The page has resolved the reading already (cached per request): its pace says whether a lesson runs, so most visits ask nothing more.
  const { user, settings } = await readerFor("assignment", assignmentId);
  const state = user.role === "student" && settings.livePace?.active ? await activeLiveSession(user, assignmentId) : null;
  if (!state) return null;
  return (
    <aside className={styles.notice} aria-label="Live lesson">
      <span>Live lesson: {describeLiveState(state)}</span> <Link href={`/live/${assignmentId}`}>Back to the class</Link>
    </aside>
  );
}
