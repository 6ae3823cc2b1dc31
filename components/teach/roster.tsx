import Link from "next/link";
import { ColumnHeader, DataTable } from "@/components/table/data-table";
import { ButtonForm } from "@/components/forms/button-form";
import { formatDate } from "@/lib/dates";
import type { TeacherClassroom } from "@/lib/classes/queries";
import { approveStudentAction, declineAllPendingAction, declineStudentAction } from "@/lib/students/actions";

/** Students waiting for approval (with approve / decline), then the class list. */
export function Roster({ classroom }: { classroom: TeacherClassroom }) {
  const pending = classroom.enrollments.filter((enrollment) => enrollment.status === "pending");
  const active = classroom.enrollments.filter((enrollment) => enrollment.status === "active");
  return (
    <>
      {pending.length > 0 ? (
        <section className="card" aria-labelledby="pending-heading">
          <h3 id="pending-heading">Waiting for approval ({pending.length})</h3>
          <p className="muted">Only approve names you recognise. Declining deletes a new account that is in no other class.</p>
          <ul className="plain-list stack">
            {pending.map(({ student, createdAt }) => (
              <li key={student.id}>
                <strong>{student.displayName}</strong> <span className="muted">({student.username}, asked {formatDate(createdAt)})</span>
                <ButtonForm
                  action={approveStudentAction}
                  hidden={{ classId: classroom.id, studentId: student.id }}
                  label={`${student.displayName}: approve or decline`}
                  buttons={[{ label: "Approve", variant: "primary" }]}
                />
                <ButtonForm
                  action={declineStudentAction}
                  hidden={{ classId: classroom.id, studentId: student.id }}
                  label={`Decline ${student.displayName}`}
                  buttons={[{ label: "Decline" }]}
                />
              </li>
            ))}
          </ul>
          {pending.length > 1 ? (
            <ButtonForm
              action={declineAllPendingAction}
              hidden={{ classId: classroom.id }}
              label="Decline every request"
              confirm={`Decline all ${pending.length} requests?`}
              buttons={[{ label: `Decline all ${pending.length}`, variant: "danger" }]}
            />
          ) : null}
        </section>
      ) : null}
      {active.length > 0 ? (
        <DataTable caption={<>Students in {classroom.name}</>} stacked>
          <thead>
            <tr>
              <ColumnHeader>Name</ColumnHeader>
              <ColumnHeader>Username</ColumnHeader>
              <ColumnHeader>Joined</ColumnHeader>
              <ColumnHeader hidden>Manage</ColumnHeader>
            </tr>
          </thead>
          <tbody>
            {active.map(({ student, createdAt }) => (
              <tr key={student.id}>
                <th scope="row">{student.displayName}</th>
                <td data-label="Username">{student.username}</td>
                <td data-label="Joined">{formatDate(createdAt)}</td>
                <td>
                  <Link href={`/teach/classes/${classroom.id}/students/${student.id}`}>
                    Manage<span className="visually-hidden"> {student.displayName}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : (
        <p>No students yet. Give them the join code.</p>
      )}
    </>
  );
}
