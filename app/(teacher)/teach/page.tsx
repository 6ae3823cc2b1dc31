import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/teach/create-class-form";
import { requireUser } from "@/lib/auth/session";
import { listTeacherClassrooms } from "@/lib/classes/queries";

export const metadata: Metadata = { title: "My classes" };

type ClassSummary = Awaited<ReturnType<typeof listTeacherClassrooms>>[number];

function ClassCard({ classroom }: { classroom: ClassSummary }) {
  return (
    <li className="card">
      <h3>
        <Link href={`/teach/classes/${classroom.id}`}>{classroom.name}</Link>
      </h3>
      <p className="muted">
        {classroom.studentCount} student{classroom.studentCount === 1 ? "" : "s"} · {classroom.assignmentCount} assignment
        {classroom.assignmentCount === 1 ? "" : "s"}
      </p>
      <p>
        {classroom.archivedAt ? (
          <span className="badge">Archived</span>
        ) : classroom.joinOpen ? (
          <>
            Join code <strong>{classroom.joinCode}</strong>
          </>
        ) : (
          <span className="badge">Joining closed</span>
        )}{" "}
        {classroom.pendingCount > 0 ? <span className="badge warn">{classroom.pendingCount} waiting for approval</span> : null}
      </p>
    </li>
  );
}

export default async function TeachPage() {
  const user = await requireUser(["teacher"]);
  const classrooms = await listTeacherClassrooms(user);
  const active = classrooms.filter((classroom) => !classroom.archivedAt);
  const archived = classrooms.filter((classroom) => classroom.archivedAt);
  return (
    <div className="page stack">
      <h1>My classes</h1>
      {active.length > 0 ? (
        <ul className="class-list" aria-label="Classes">
          {active.map((classroom) => (
            <ClassCard key={classroom.id} classroom={classroom} />
          ))}
        </ul>
      ) : (
        <p className="lede">No classes yet. Create one, then give your students its join code.</p>
      )}
      <section className="card form-card" aria-labelledby="create-class-heading">
        <h2 id="create-class-heading">Create a class</h2>
        <CreateClassForm />
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby="archived-heading">
          <h2 id="archived-heading">Archived classes</h2>
          <ul className="class-list">
            {archived.map((classroom) => (
              <ClassCard key={classroom.id} classroom={classroom} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
