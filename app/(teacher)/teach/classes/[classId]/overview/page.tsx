import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { percent } from "@/components/dashboard/format";
import { FlagRules, flagLabel } from "@/components/dashboard/flags";
import { ColumnHeader, DataTable, NumberCell } from "@/components/table/data-table";
import { getClassOverview } from "@/lib/analytics/class-overview";
import { forPage } from "@/lib/analytics/for-page";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/dates";
import { routeId } from "@/lib/pages";
import dashboard from "@/components/dashboard/dashboard.module.css";
import styles from "./overview.module.css";

export const metadata: Metadata = { title: "Class overview" };

export default async function ClassOverviewPage({ params }: { params: Promise<{ classId: string }> }) {
  const teacher = await requireUser(["teacher"]);
  const overview = await forPage(getClassOverview(teacher, routeId((await params).classId)));
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href="/teach">My classes</Link> › <Link href={`/teach/classes/${overview.classroom.id}`}>{overview.classroom.name}</Link>
      </p>
      <h1>{overview.classroom.name}: overview</h1>
      <p className="muted">
        {overview.enrolled} student{overview.enrolled === 1 ? "" : "s"} · each student&apos;s latest attempt at each assignment
      </p>

      <section className={dashboard.section} aria-labelledby="attention-heading">
        <h2 id="attention-heading">Students who need attention</h2>
        <FlagRules />
        {overview.attention.length ? (
          <ul className={styles.flags}>
            {overview.attention.map((student) => (
              <li key={student.studentId}>
                <strong>{student.displayName}</strong>
                <ul>
                  {student.flags.map((flag) => (
                    <li key={`${flag.assignmentId}-${flag.kind}`}>
                      {flagLabel(flag)} on “{flag.title}” ·{" "}
                      <Link href={`/teach/assignments/${flag.assignmentId}/report/students/${student.studentId}`}>
                        answers<span className="visually-hidden"> of {student.displayName} to {flag.title}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <p>No one is flagged.</p>
        )}
      </section>

      <section className={dashboard.section} aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">Assignments</h2>
        {overview.assignments.length ? (
          <>
            <BarChart
              title="Completion (submitted)"
              valueHeading="Submitted"
              bars={overview.assignments.map((a) => ({ label: a.title, value: a.completion, detail: `${a.finished} of ${a.enrolled}` }))}
            />
            <DataTable caption="Assignments: submitted, scores, late and missing work" stacked numeric>
              <thead>
                <tr>
                  <ColumnHeader>Reading</ColumnHeader>
                  <ColumnHeader>Due</ColumnHeader>
                  <ColumnHeader>Submitted</ColumnHeader>
                  <ColumnHeader numeric>Average score</ColumnHeader>
                  <ColumnHeader numeric>Late</ColumnHeader>
                  <ColumnHeader numeric>Missing</ColumnHeader>
                  <ColumnHeader numeric>To grade</ColumnHeader>
                </tr>
              </thead>
              <tbody>
                {overview.assignments.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link href={`/teach/assignments/${a.id}/report`}>{a.title}</Link>
                      {a.closedAt ? <span className="badge"> Closed</span> : null}
                    </th>
                    <td data-label="Due">{a.dueAt ? formatDateTime(a.dueAt) : "No due date"}</td>
                    <td data-label="Submitted">
                      {a.finished} of {a.enrolled} ({percent(a.completion)})
                    </td>
                    <NumberCell label="Average score">{percent(a.averageScore)}</NumberCell>
                    <NumberCell label="Late">{a.late}</NumberCell>
                    <NumberCell label="Missing">{a.missing}</NumberCell>
                    <NumberCell label="To grade">
                      {a.awaitingReview ? <Link href={`/teach/assignments/${a.id}/grading`}>{a.awaitingReview}</Link> : 0}
                    </NumberCell>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </>
        ) : (
          <p>Nothing assigned yet.</p>
        )}
      </section>
    </div>
  );
}
