import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/teach/print-button";
import { requireUser } from "@/lib/auth/current-user";
import { getTeacherClassroom } from "@/lib/classes/queries";
import { foundOr404, routeId, siteOrigin } from "@/lib/pages";

export const metadata: Metadata = { title: "Sign-in cards" };

/**
 * Cards to cut out and hand to students: one per student with where and how
 * to sign in, and one for newcomers with the join code. Passwords are never
 * printed (they are not stored in the clear); a forgotten one is reset.
 */
export default async function SignInCardsPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireUser(["teacher"]);
  const classroom = foundOr404(await getTeacherClassroom(user, routeId((await params).classId)));
  const origin = await siteOrigin();
  const students = classroom.enrollments.filter((enrollment) => enrollment.status === "active").map(({ student }) => student);
  return (
    <div className="page">
      <div className="no-print">
        <p className="breadcrumb">
          <Link href={`/teach/classes/${classroom.id}`}>{classroom.name}</Link>
        </p>
        <h1>Sign-in cards for {classroom.name}</h1>
        <p>
          One card per student, plus one for students who have not joined yet. Passwords are not printed: students chose their own, and you
          can reset a forgotten one from the class page.
        </p>
        <div className="actions">
          <PrintButton>Print the cards</PrintButton>
        </div>
      </div>
      <ul className="sign-in-cards" aria-label="Cards">
        {students.map((student) => (
          <li key={student.id} className="sign-in-card">
            <h2>{student.displayName}</h2>
            <dl className="details">
              <dt>Class</dt>
              <dd>{classroom.name}</dd>
              <dt>Sign in at</dt>
              <dd>{origin}/sign-in</dd>
              <dt>Username</dt>
              <dd>
                <strong>{student.username}</strong>
              </dd>
              <dt>Password</dt>
              <dd>the one you chose</dd>
            </dl>
          </li>
        ))}
        {classroom.joinOpen && !classroom.archivedAt ? (
          <li className="sign-in-card">
            <h2>New to the class?</h2>
            <dl className="details">
              <dt>Go to</dt>
              <dd>{origin}/join</dd>
              <dt>Class code</dt>
              <dd>
                <strong>{classroom.joinCode}</strong>
              </dd>
            </dl>
            <p>Choose a username and a password, and keep them: you sign in with them from any device.</p>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
