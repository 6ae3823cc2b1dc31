import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ButtonForm } from "@/components/forms/button-form";
import { AssignmentTable } from "@/components/teach/assignment-table";
import { CoTeachers } from "@/components/teach/co-teachers";
import { JoinCodePanel } from "@/components/teach/join-code-panel";
import { RenameClassForm } from "@/components/teach/rename-class-form";
import { Roster } from "@/components/teach/roster";
import { readingTitles } from "@/lib/assignments/readings";
import { requireUser } from "@/lib/auth/current-user";
import { archiveClassroomAction } from "@/lib/classes/actions";
import { listCoTeachers } from "@/lib/classes/co-teachers";
import { getTeacherClassroom } from "@/lib/classes/queries";
import { foundOr404, routeId, siteOrigin } from "@/lib/pages";

type Props = {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadClassroom = cache(async (classId: string) => {
  const user = await requireUser(["teacher"]);
  return foundOr404(await getTeacherClassroom(user, routeId(classId)));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadClassroom((await params).classId)).name };
}

const NOTICES: Record<string, string> = {
  assigned: "Reading assigned. Students see it in their class list.",
  deleted: "The student's data is deleted.",
};

export default async function ClassPage({ params, searchParams }: Props) {
  const classroom = await loadClassroom((await params).classId);
  const teachers = await listCoTeachers(await requireUser(["teacher"]), classroom.id);
  const titles = await readingTitles(classroom.assignments.map((assignment) => assignment.readingSlug));
  const query = await searchParams;
  const notice = Object.keys(NOTICES).find((key) => query[key]);
  const activeCount = classroom.enrollments.filter((enrollment) => enrollment.status === "active").length;
  return (
    <div className="page stack">
      <p className="breadcrumb">
        <Link href="/teach">My classes</Link>
      </p>
      <div className="page-header">
        <h1>
          {classroom.name} {classroom.archivedAt ? <span className="badge">Archived</span> : null}
        </h1>
        <Link className="button button-secondary" href={`/teach/classes/${classroom.id}/overview`}>
          Class overview
        </Link>
      </div>
      <div aria-live="polite">{notice ? <p className="form-message ok">{NOTICES[notice]}</p> : null}</div>

      <div className="grid-2">
        <section className="card" aria-labelledby="join-heading">
          <h2 id="join-heading">Join code</h2>
          <JoinCodePanel classroom={classroom} joinUrl={`${await siteOrigin()}/join?code=${classroom.joinCode}`} />
        </section>
        <section className="card" aria-labelledby="settings-heading">
          <h2 id="settings-heading">Class settings</h2>
          <RenameClassForm classId={classroom.id} name={classroom.name} />
          <h3>{classroom.archivedAt ? "Restore" : "Archive"}</h3>
          <p className="muted">
            {classroom.archivedAt
              ? "Restoring shows the class to its students again. Joining stays closed until you open it."
              : "Archiving hides the class from its students and closes joining. Nothing is deleted; you can restore it."}
          </p>
          <ButtonForm
            action={archiveClassroomAction}
            hidden={{ classId: classroom.id }}
            label="Archive or restore the class"
            buttons={[
              classroom.archivedAt
                ? { label: "Restore class", name: "archived", value: "false" }
                : { label: "Archive class", name: "archived", value: "true" },
            ]}
          />
        </section>
      </div>

      <section className="card" aria-labelledby="teachers-heading">
        <h2 id="teachers-heading">Teachers</h2>
        <CoTeachers classId={classroom.id} {...teachers} />
      </section>

      <section aria-labelledby="assignments-heading">
        <div className="page-header">
          <h2 id="assignments-heading">Assignments</h2>
          {classroom.archivedAt ? null : (
            <Link className="button" href={`/teach/classes/${classroom.id}/assignments/new`}>
              Assign a reading
            </Link>
          )}
        </div>
        <AssignmentTable
          assignments={classroom.assignments.map((assignment) => ({ ...assignment, title: titles.get(assignment.readingSlug) ?? assignment.readingSlug }))}
        />
      </section>

      <section aria-labelledby="students-heading">
        <h2 id="students-heading">Students ({activeCount})</h2>
        <Roster classroom={classroom} />
      </section>
    </div>
  );
}
