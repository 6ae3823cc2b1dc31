import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { describeLiveState } from "@/lib/live/describe";
import { activeLiveSession } from "@/lib/live/sessions";

/** On a student's reading pages while their class is in a live lesson: where the class is, and the way back to it. */
export async function LiveLessonNotice({ assignmentId }: { assignmentId: string }) {
  const user = await getCurrentUser();
  const state = user?.role === "student" ? await activeLiveSession(user, assignmentId) : null;
  if (!state) return null;
  return (
    <aside className="live-notice" aria-label="Live lesson">
      <span>Live lesson: {describeLiveState(state)}</span> <Link href={`/live/${assignmentId}`}>Back to the class</Link>
    </aside>
  );
}
