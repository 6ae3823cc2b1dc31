import type { Metadata } from "next";
import Link from "next/link";
import { ButtonForm } from "@/components/forms/button-form";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { setAssignmentClosedAction } from "@/lib/assignments/actions";
import { getTeacherAssignment } from "@/lib/assignments/queries";
import { currentQuestionSetDefaults, fixedQuestionSet, pickableBank, readingTitle } from "@/lib/assignments/readings";
import type { FeedbackMode } from "@/lib/generated/prisma/enums";
import { requireUser } from "@/lib/auth/current-user";
import { toLocalDateTimeInput } from "@/lib/dates";
import { foundOr404, routeId } from "@/lib/pages";
import { previewPath } from "@/lib/reading/preview";

export const metadata: Metadata = { title: "Assignment settings" };

type Props = {
  params: Promise<{ assignmentId: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AssignmentSettingsPage({ params, searchParams }: Props) {
  const user = await requireUser(["teacher"]);
  const assignment = foundOr404(await getTeacherAssignment(user, routeId((await params).assignmentId)));
  const title = await readingTitle(assignment.readingSlug);
  const bank = await pickableBank(assignment.readingSlug);
  // "Close…" in the class's assignment table lands here with the confirmation already open.
  const closeAsked = (await searchParams)?.close === "1";
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
      <p>
        <Link href={previewPath(assignment.id)}>Preview as a student</Link>
      </p>
      <div className="card">
        <AssignmentForm
          mode="edit"
          assignmentId={assignment.id}
          bank={bank}
          fixedSet={assignment._count.attempts > 0 ? fixedQuestionSet(assignment, bank) : null}
          defaults={{
            dueAt: assignment.dueAt ? toLocalDateTimeInput(assignment.dueAt) : "",
            feedbackMode: assignment.feedbackMode as FeedbackMode,
            unlockInOrder: assignment.unlockInOrder,
            allowPractice: assignment.allowPractice,
            attemptsAllowed: assignment.attemptsAllowed,
            questionSet: currentQuestionSetDefaults(assignment, bank),
          }}
        />
      </div>
      <section className="card" aria-labelledby="close-heading">
        <h2 id="close-heading">{assignment.closedAt ? "Reopen" : "Close"}</h2>
        {assignment.closedAt ? (
          <>
            <p className="muted">Students can look at their work but not answer. Reopen to let them continue.</p>
            <ButtonForm
              action={setAssignmentClosedAction}
              hidden={{ assignmentId: assignment.id }}
              label="Reopen the assignment"
              buttons={[{ label: "Reopen assignment", name: "closed", value: "false", variant: "primary" }]}
            />
          </>
        ) : (
          // A second, deliberate click (no script needed): closing ends answering for the whole class.
          <details className="confirm-step" open={closeAsked}>
            <summary className="button button-secondary button-small">Close assignment…</summary>
            <div id="close-consequences">
              <p>Closing the assignment:</p>
              <ul>
                <li>stops all answering and submitting; students can still look at their work;</li>
                <li>
                  {assignment.feedbackMode === "after_submit"
                    ? "does not submit unfinished work: students who have not submitted still do not see keys or scores;"
                    : "keeps feedback as it is: students already see it as they answer;"}
                </li>
                <li>counts unfinished work as final in grade exports and course grade passback;</li>
                <li>can be undone: you can reopen the assignment here.</li>
              </ul>
            </div>
            <ButtonForm
              action={setAssignmentClosedAction}
              hidden={{ assignmentId: assignment.id }}
              label="Confirm closing the assignment"
              describedBy="close-consequences"
              buttons={[{ label: "Yes, close assignment", name: "closed", value: "true", variant: "danger" }]}
            />
          </details>
        )}
      </section>
    </div>
  );
}
