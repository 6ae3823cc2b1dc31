import type { Metadata } from "next";
import Link from "next/link";
import { ButtonForm } from "@/components/forms/button-form";
import { DeleteStudentForm } from "@/components/teach/delete-student-form";
import { ResetPasswordForm } from "@/components/teach/reset-password-form";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/dates";
import { foundOr404, routeId } from "@/lib/pages";
import { removeStudentAction } from "@/lib/students/actions";
import { getStudentInClass } from "@/lib/students/queries";

export const metadata: Metadata = { title: "Student" };

export default async function StudentPage({ params }: { params: Promise<{ classId: string; studentId: string }> }) {
  const user = await requireUser(["teacher"]);
  const { classId, studentId } = await params;
  const found = foundOr404(await getStudentInClass(user, routeId(classId), routeId(studentId)));
  const { student, classroom } = found;
  const ids = { classId: classroom.id, studentId: student.id };
  return (
    <div className="page-narrow stack">
      <p className="breadcrumb">
        <Link href={`/teach/classes/${classroom.id}`}>{classroom.name}</Link>
      </p>
      <h1>
        {student.displayName} {found.status === "pending" ? <span className="badge warn">Waiting for approval</span> : null}
      </h1>
      <p className="muted">
        Username <strong>{student.username}</strong> · in {classroom.name} since {formatDate(found.createdAt)} · {found.attemptCount} attempt
        {found.attemptCount === 1 ? "" : "s"} in your classes
      </p>

      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Forgotten password</h2>
        {found.status !== "active" ? (
          <p>You can reset {student.displayName}&apos;s password once you have approved them into the class.</p>
        ) : found.inOtherTeachersClasses ? (
          <p>
            {student.displayName} is also in another teacher&apos;s class, so only they can change their password (on their account page): a
            reset here would open their work for that teacher too. If they cannot sign in, their other teacher must remove them from that class
            first; their work there is kept.
          </p>
        ) : (
          <>
            <p>
              Make a one-time password to read out or write down for {student.displayName}. At their next sign-in they must choose their own;
              they will see on their account page that you reset it.
            </p>
            <ResetPasswordForm {...ids} displayName={student.displayName} />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="remove-heading">
        <h2 id="remove-heading">Remove from {classroom.name}</h2>
        <p>They leave the class and stop seeing its assignments. Their account and work stay; they can rejoin with the code.</p>
        <ButtonForm
          action={removeStudentAction}
          hidden={ids}
          label="Remove from class"
          confirm={`Remove ${student.displayName} from ${classroom.name}?`}
          buttons={[{ label: "Remove from class" }]}
        />
      </section>

      <section className="card" aria-labelledby="data-heading">
        <h2 id="data-heading">Their data</h2>
        <p>
          Download everything closeread holds about {student.displayName} in your classes: name, username, classes, answers, scores,
          feedback and reading time.
        </p>
        <p>
          <a className="button button-secondary" href={`/teach/classes/${classroom.id}/students/${student.id}/export`} download>
            Download as JSON
          </a>
        </p>
        <h3 id="delete-heading">Delete their data</h3>
        <p>
          Deletes their work on your assignments and takes them out of all your classes.{" "}
          {found.inOtherTeachersClasses
            ? "They are also in another teacher's class, so their account stays for that class."
            : "Their account is deleted too. This cannot be undone."}
        </p>
        <DeleteStudentForm {...ids} username={student.username ?? ""} />
      </section>
    </div>
  );
}
