import Link from "next/link";
import { ColumnHeader, DataTable } from "@/components/table/data-table";
import { studentAssignmentStatus } from "@/lib/assignments/status";
import type { StudentClass } from "@/lib/classes/queries";
import { formatDateTime } from "@/lib/dates";

/** One class's assignments for a student: status, due date and the link to read. */
export function ClassAssignments({ classroom, titleOf, now }: { classroom: StudentClass; titleOf: (slug: string) => string; now: Date }) {
  const headingId = `class-${classroom.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{classroom.name}</h2>
      <p className="muted">Teacher: {classroom.teacherName}</p>
      {classroom.pending ? (
        <p>
          <span className="badge warn">Waiting for approval</span> Your teacher has to let you in before you see this class&rsquo;s
          readings.
        </p>
      ) : classroom.assignments.length === 0 ? (
        <p>Nothing assigned yet.</p>
      ) : (
        <DataTable caption={<>Assignments in {classroom.name}</>} stacked>
          <thead>
            <tr>
              <ColumnHeader>Reading</ColumnHeader>
              <ColumnHeader>Due</ColumnHeader>
              <ColumnHeader>Status</ColumnHeader>
              <ColumnHeader hidden>Open</ColumnHeader>
            </tr>
          </thead>
          <tbody>
            {classroom.assignments.map((assignment) => {
              const title = titleOf(assignment.readingSlug);
              const status = studentAssignmentStatus(assignment, now);
              return (
                <tr key={assignment.id}>
                  <th scope="row">{title}</th>
                  <td data-label="Due">{assignment.dueAt ? formatDateTime(assignment.dueAt) : "No due date"}</td>
                  <td data-label="Status">
                    <span className={`badge ${status.progress === "submitted" ? "ok" : ""}`}>{status.label}</span>{" "}
                    {status.overdue ? <span className="badge bad">Overdue</span> : null}
                    {status.closed ? <span className="badge">Closed</span> : null}
                  </td>
                  <td>
                    <Link href={`/read/${assignment.id}`} className="button button-small">
                      {status.action}
                      <span className="visually-hidden"> {title}</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
