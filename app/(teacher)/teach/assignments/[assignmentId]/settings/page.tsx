import type { Metadata } from "next";
import Link from "next/link";
import { ButtonForm } from "@/components/forms/button-form";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { setAssignmentClosedAction } from "@/lib/assignments/actions";
import { getTeacherAssignment } from "@/lib/assignments/queries";
import { readingTitle } from "@/lib/assignments/readings";
import type { FeedbackMode } from "@/lib/assignments/schemas";
import { requireUser } from "@/lib/auth/session";
import { toLocalDateTimeInput } from "@/lib/dates";
import { foundOr404, routeId } from "@/lib/pages";

export const metadata: Metadata = { title: "Assignment settings" };

export default async function AssignmentSettingsPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const user = await requireUser(["teacher"]);
  const assignment = foundOr404(await getTeacherAssignment(user, routeId((await params).assignmentId)));
  const title = readingTitle(assignment.readingSlug);
  return (
    <div className="page-narrow stack">
      <p className="breadcrumb">
        <Link href={`/teach/classes/${assignment.classroom.id}`}>{assignment.classroom.name}</Link>
      </p>
      <h1 id="assignment-heading">
        {title} {assignment.closedAt ? <span className="badge">Closed</span> : <span className="badge ok">Open</span>}
      </h1>
      <p className="muted">
        Assigned to {assignment.classroom.name}. {assignment._count.attempts} attempt{assignment._count.attempts === 1 ? "" : "s"} so far.
      </p>
      <div className="card">
        <AssignmentForm
          mode="edit"
          assignmentId={assignment.id}
          defaults={{
            dueAt: assignment.dueAt ? toLocalDateTimeInput(assignment.dueAt) : "",
            feedbackMode: assignment.feedbackMode as FeedbackMode,
            unlockInOrder: assignment.unlockInOrder,
            allowPractice: assignment.allowPractice,
            attemptsAllowed: assignment.attemptsAllowed,
          }}
        />
      </div>
      <section className="card" aria-labelledby="close-heading">
        <h2 id="close-heading">{assignment.closedAt ? "Reopen" : "Close"}</h2>
        <p className="muted">
          {assignment.closedAt
            ? "Students can look at their work but not answer. Reopen to let them continue."
            : "Closing stops all answering; students can still look at their work."}
        </p>
        <ButtonForm
          action={setAssignmentClosedAction}
          hidden={{ assignmentId: assignment.id }}
          label="Close or reopen the assignment"
          buttons={[
            assignment.closedAt
              ? { label: "Reopen assignment", name: "closed", value: "false", variant: "primary" }
              : { label: "Close assignment", name: "closed", value: "true" },
          ]}
        />
      </section>
    </div>
  );
}
