import type { Metadata } from "next";
import Link from "next/link";
import { DueToday } from "@/components/review/due-today";
import { ClassAssignments } from "@/components/student/class-assignments";
import { readingTitles } from "@/lib/assignments/readings";
import { requireUser } from "@/lib/auth/current-user";
import { listStudentClasses } from "@/lib/classes/queries";

export const metadata: Metadata = { title: "My classes" };

const JOINED: Record<string, string> = {
  active: "You joined the class. Its readings are below.",
  pending: "You asked to join. Your teacher has to approve you before you see the class's readings.",
};

export default async function StudentClassesPage({ searchParams }: { searchParams: Promise<{ joined?: string }> }) {
  const user = await requireUser(["student"]);
  const classes = await listStudentClasses(user);
  const { joined } = await searchParams;
  const now = new Date();
  const titles = await readingTitles(classes.flatMap((classroom) => classroom.assignments.map((assignment) => assignment.readingSlug)));
  return (
    <div className="page stack">
      <div className="page-header">
        <h1>My classes</h1>
        <Link href="/join" className="button button-secondary">
          Join another class
        </Link>
      </div>
      <div aria-live="polite">{joined && JOINED[joined] ? <p className="form-message ok">{JOINED[joined]}</p> : null}</div>
      <DueToday />
      {classes.length === 0 ? (
        <p className="lede">
          You are not in a class yet. <Link href="/join">Join one with the code from your teacher.</Link>
        </p>
      ) : (
        classes.map((classroom) => <ClassAssignments key={classroom.id} classroom={classroom} titleOf={(slug) => titles.get(slug) ?? slug} now={now} />)
      )}
    </div>
  );
}
