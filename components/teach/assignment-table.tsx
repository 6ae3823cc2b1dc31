import Link from "next/link";
import { ColumnHeader, DataTable } from "@/components/table/data-table";
import { ButtonForm } from "@/components/forms/button-form";
import { setAssignmentClosedAction } from "@/lib/assignments/actions";
import { formatDateTime } from "@/lib/dates";

export type AssignmentRow = {
  id: string;
  title: string;
  dueAt: Date | null;
  feedbackMode: string;
  attemptsAllowed: number;
  closedAt: Date | null;
};

/** A class's assignments for its teacher: due date, settings, open or closed, with links to change them. */
export function AssignmentTable({ assignments }: { assignments: AssignmentRow[] }) {
  if (assignments.length === 0) return <p>Nothing assigned yet.</p>;
  return (
    <DataTable caption="Assignments in this class" stacked>
      <thead>
        <tr>
          <ColumnHeader>Reading</ColumnHeader>
          <ColumnHeader>Due</ColumnHeader>
          <ColumnHeader>Feedback</ColumnHeader>
          <ColumnHeader>Status</ColumnHeader>
          <ColumnHeader hidden>Change</ColumnHeader>
        </tr>
      </thead>
      <tbody>
        {assignments.map((assignment) => (
          <tr key={assignment.id}>
            <th scope="row">{assignment.title}</th>
            <td data-label="Due">{assignment.dueAt ? formatDateTime(assignment.dueAt) : "No due date"}</td>
            <td data-label="Feedback">
              {assignment.feedbackMode === "immediate" ? "After each answer" : "After submitting"}
              {assignment.attemptsAllowed > 1 ? ` · ${assignment.attemptsAllowed} attempts` : ""}
            </td>
            <td data-label="Status">
              {assignment.closedAt ? <span className="badge">Closed</span> : <span className="badge ok">Open</span>}
            </td>
            <td>
              <Link href={`/teach/assignments/${assignment.id}/report`}>
                Results<span className="visually-hidden"> for {assignment.title}</span>
              </Link>{" "}
              ·{" "}
              <Link href={`/teach/assignments/${assignment.id}/settings`}>
                Settings<span className="visually-hidden"> for {assignment.title}</span>
              </Link>
              {assignment.closedAt ? (
                <ButtonForm
                  action={setAssignmentClosedAction}
                  hidden={{ assignmentId: assignment.id }}
                  label={`Reopen ${assignment.title}`}
                  buttons={[{ label: "Reopen", name: "closed", value: "false" }]}
                />
              ) : (
                // Closing ends answering for the whole class: the settings page says so and asks to confirm.
                <>
                  {" "}
                  ·{" "}
                  <Link href={`/teach/assignments/${assignment.id}/settings?close=1#close-heading`}>
                    Close…<span className="visually-hidden"> {assignment.title}</span>
                  </Link>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
