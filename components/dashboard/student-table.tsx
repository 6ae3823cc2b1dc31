import Link from "next/link";
import type { AssignmentReport } from "@/lib/analytics/assignment-report";
import type { StudentSort } from "@/lib/analytics/student-progress";
import { formatDateTime } from "@/lib/dates";
import { ariaSort, ColumnHeader, DataTable } from "@/components/table/data-table";
import { duration, points, scorePercent } from "./format";
import { SortLinks } from "./sort-links";
import styles from "./table-links.module.css";

const COLUMNS: { sort: StudentSort; label: string }[] = [
  { sort: "name", label: "Student" },
  { sort: "progress", label: "Progress" },
  { sort: "score", label: "Score" },
  { sort: "time", label: "Time on task" },
  { sort: "lastActive", label: "Last active" },
  { sort: "late", label: "Late" },
];

function sortHref(base: string, sort: StudentSort, report: AssignmentReport) {
  const direction = report.sort === sort ? (report.direction === "asc" ? "desc" : "asc") : sort === "name" ? "asc" : "desc";
  return `${base}?sort=${sort}&dir=${direction}#students`;
}

/**
 * The class, one row per student, sorted by the database: links in the
 * column headings (and above the table, where small screens hide them).
 * Each name opens the student's full answers.
 */
export function StudentTable({ report }: { report: AssignmentReport }) {
  const base = `/teach/assignments/${report.assignment.id}/report`;
  const current = COLUMNS.find((column) => column.sort === report.sort)!;
  return (
    <>
      <SortLinks
        label="Sort the students"
        sortedBy={current.label.toLowerCase()}
        direction={report.direction}
        links={COLUMNS.map((column) => ({ href: sortHref(base, column.sort, report), text: column.label }))}
      />
      <DataTable caption={<>Students, sorted by {current.label.toLowerCase()}, {report.direction === "asc" ? "ascending" : "descending"}</>} stacked numeric>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <ColumnHeader
                key={column.sort}
                sort={{ href: sortHref(base, column.sort, report), direction: report.sort === column.sort ? ariaSort(report.direction) : undefined }}
              >
                {column.label}
              </ColumnHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.students.map((row) => (
            <tr key={row.studentId}>
              <th scope="row">
                <Link href={`${base}/students/${row.studentId}`}>{row.displayName}</Link>
                {row.awaitingReview ? <span className="badge warn"> {row.awaitingReview} to grade</span> : null}
                {row.version ? <small className="muted"> ({row.version})</small> : null}
              </th>
              <td data-label="Progress">
                {row.attemptId ? `${row.answered} of ${report.questionCount}` : "Not started"}
                {row.submittedAt ? <span className="badge ok">Submitted</span> : null}
              </td>
              <td data-label="Score">
                {scorePercent(row.score)}
                {row.score.percent !== null ? (
                  <span className="muted">
                    {" "}
                    ({points(row.score.earned)}/{points(row.score.possible)})
                  </span>
                ) : null}
              </td>
              <td data-label="Time on task">
                {duration(row.visibleMs)}
                {row.rapid ? <span className="badge bad"> Too fast to read ({row.readingRate?.toLocaleString("en")} wpm)</span> : null}
              </td>
              <td data-label="Last active">{row.lastActiveAt ? formatDateTime(row.lastActiveAt) : "—"}</td>
              <td data-label="Late">{row.late ? <span className="badge bad">Late</span> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {report.pageCount > 1 ? (
        <nav className={styles.pages} aria-label="Pages of students">
          {report.page > 1 ? (
            <Link href={`${base}?sort=${report.sort}&dir=${report.direction}&page=${report.page - 1}#students`}>Previous page</Link>
          ) : null}
          <span>
            Page {report.page} of {report.pageCount}
          </span>
          {report.page < report.pageCount ? (
            <Link href={`${base}?sort=${report.sort}&dir=${report.direction}&page=${report.page + 1}#students`}>Next page</Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
