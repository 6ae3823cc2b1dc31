import type { Metadata } from "next";
import Link from "next/link";
import { flagLabel } from "@/components/dashboard/flags";
import { plural } from "@/components/dashboard/format";
import { CreateClassForm } from "@/components/teach/create-class-form";
import { getTeacherHome } from "@/lib/analytics/teacher-home";
import { requireUser } from "@/lib/auth/current-user";
import { listTeacherClassrooms } from "@/lib/classes/queries";
import dashboard from "@/components/dashboard/dashboard.module.css";

export const metadata: Metadata = { title: "My classes" };

/** Flagged students listed per class on the home; the class overview lists them all. */
const FLAGGED_PER_CLASS = 8;

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
  const [classrooms, home] = await Promise.all([listTeacherClassrooms(user), getTeacherHome(user)]);
  const active = classrooms.filter((classroom) => !classroom.archivedAt);
  const archived = classrooms.filter((classroom) => classroom.archivedAt);
  return (
    <div className="page stack">
      <h1>My classes</h1>
      {home.toGrade.length || home.flagged.length ? (
        <div className={dashboard.glance}>
          <section aria-labelledby="to-grade-heading">
            <h2 id="to-grade-heading">To grade</h2>
            {home.toGrade.length ? (
              <ul className={dashboard.glanceList}>
                {home.toGrade.map((assignment) => (
                  <li key={assignment.id}>
                    <Link href={`/teach/assignments/${assignment.id}/grading`}>
                      {plural(assignment.awaitingReview, "written answer")}
                      <span className="visually-hidden"> to grade</span>
                    </Link>{" "}
                    in “{assignment.title}” <span className="muted">· {assignment.className}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>Nothing waits for a grade.</p>
            )}
          </section>
          <section aria-labelledby="flagged-heading">
            <h2 id="flagged-heading">Flagged students</h2>
            {home.flagged.length ? (
              home.flagged.map(({ classroom, students }) => (
                <div key={classroom.id}>
                  <h3 className="h3-size">{classroom.name}</h3>
                  <ul className={dashboard.glanceList}>
                    {students.slice(0, FLAGGED_PER_CLASS).map((student) => (
                      <li key={student.studentId}>
                        <strong>{student.displayName}</strong>:{" "}
                        {student.flags.map((flag, index) => (
                          <span key={`${flag.assignmentId}-${flag.kind}`}>
                            {index ? "; " : ""}
                            <Link href={`/teach/assignments/${flag.assignmentId}/report/students/${student.studentId}`}>
                              {flagLabel(flag)}
                              <span className="visually-hidden"> ({student.displayName})</span>
                            </Link>{" "}
                            <span className="muted">on “{flag.title}”</span>
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                  <p>
                    <Link href={`/teach/classes/${classroom.id}/overview`}>
                      {students.length > FLAGGED_PER_CLASS ? `All ${students.length} flagged in ${classroom.name}` : `${classroom.name}: overview`}
                    </Link>
                  </p>
                </div>
              ))
            ) : (
              <p>No one is flagged.</p>
            )}
          </section>
        </div>
      ) : null}
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
