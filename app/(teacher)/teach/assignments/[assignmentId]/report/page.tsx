import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { BarChart } from "@/components/charts/bar-chart";
import { AssignmentHeader } from "@/components/dashboard/assignment-nav";
import { percent, plural } from "@/components/dashboard/format";
import { AnswerGrid } from "@/components/dashboard/answer-grid";
import { FlagRules, flagLabel } from "@/components/dashboard/flags";
import { ItemTable, type ItemOrder } from "@/components/dashboard/item-table";
import { StudentTable } from "@/components/dashboard/student-table";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { DISCRIMINATION_NAME } from "@/lib/analytics/discrimination";
import { forPage } from "@/lib/analytics/for-page";
import { getAnswerGrid } from "@/lib/analytics/answer-grid";
import { FLAG_PRIORITY, type FlagKind } from "@/lib/analytics/class-overview";
import { ITEM_SORTS, getItemAnalysis, sortItems } from "@/lib/analytics/item-analysis";
import { excerpt } from "@/lib/content/excerpt";
import { contentIdSchema } from "@/lib/content/schema";
import { STUDENT_SORTS } from "@/lib/analytics/student-progress";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/dates";
import { routeId } from "@/lib/pages";
import dashboard from "@/components/dashboard/dashboard.module.css";
import styles from "./report.module.css";

export const metadata: Metadata = { title: "Assignment report" };

const querySchema = z.object({
  sort: z.enum(STUDENT_SORTS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  isort: z.enum(ITEM_SORTS).optional().catch(undefined),
  idir: z.enum(["asc", "desc"]).optional().catch(undefined),
  item: contentIdSchema.optional().catch(undefined),
});

/** Work not handed in: named together after the students whose work needs a look. */
const ABSENT = new Set<FlagKind>(["missing", "not-started"]);

/** Questions listed under "most missed" at the top: the lowest scoring, under half marks. */
const MOST_MISSED = 5;

type Props = {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The students table's order, kept when the item table is re-sorted. */
function studentQuery(query: z.infer<typeof querySchema>): string {
  const params = new URLSearchParams();
  if (query.sort) params.set("sort", query.sort);
  if (query.dir) params.set("dir", query.dir);
  if (query.page) params.set("page", String(query.page));
  return params.toString();
}

export default async function AssignmentReportPage({ params, searchParams }: Props) {
  const teacher = await requireUser(["teacher"]);
  const assignmentId = routeId((await params).assignmentId);
  const query = querySchema.parse(await searchParams);
  const [report, items, grid] = await Promise.all([
    forPage(getAssignmentReport(teacher, assignmentId, { sort: query.sort, direction: query.dir, page: query.page })),
    forPage(getItemAnalysis(teacher, assignmentId)),
    forPage(getAnswerGrid(teacher, assignmentId)),
  ]);
  const { summary, assignment } = report;
  const base = `/teach/assignments/${assignment.id}`;
  const itemOrder: ItemOrder = { sort: query.isort ?? "number", direction: query.idir ?? "asc" };
  const mostMissed = sortItems(items.questions, "difficulty", "asc")
    .filter((item) => item.stats.meanScore !== null && item.stats.meanScore < 0.5)
    .slice(0, MOST_MISSED);
  // The grid names every student of the class, told apart where names repeat.
  const nameOf = new Map(grid.students.map((student) => [student.id, student.displayName]));
  // Students whose work needs a look first (effort, then scores), one line each; those who have not handed in, in one line after.
  const needsHelp = new Map<string, typeof report.flags>();
  for (const flag of report.flags.filter((flag) => !ABSENT.has(flag.kind)).sort((a, b) => FLAG_PRIORITY.indexOf(a.kind) - FLAG_PRIORITY.indexOf(b.kind))) {
    needsHelp.set(flag.studentId, [...(needsHelp.get(flag.studentId) ?? []), flag]);
  }
  const absent = (kind: FlagKind) => report.flags.filter((flag) => flag.kind === kind);
  return (
    <div className={`page ${styles.wide}`}>
      <AssignmentHeader
        assignmentId={assignment.id}
        classId={assignment.classroomId}
        className={assignment.className}
        title={assignment.title}
        current="report"
      >
        <p className="muted">
          {assignment.className} · {assignment.dueAt ? `due ${formatDateTime(assignment.dueAt)}` : "no due date"}
          {assignment.closedAt ? " · closed" : ""} · each student&apos;s latest attempt
        </p>
      </AssignmentHeader>

      <h2 className="visually-hidden">Summary</h2>
      <dl className={styles.stats}>
        <div>
          <dt>Submitted</dt>
          <dd>
            {summary.finished} <small>of {summary.enrolled}</small>
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{summary.started}</dd>
        </div>
        <div>
          <dt>Average score</dt>
          <dd>{percent(summary.averageScore)}</dd>
        </div>
        <div>
          <dt>Late</dt>
          <dd>{summary.late}</dd>
        </div>
        <div>
          <dt>Missing</dt>
          <dd>{summary.pastDue ? summary.missing : <small>not due yet</small>}</dd>
        </div>
        <div>
          <dt>To grade</dt>
          <dd>
            {summary.awaitingReview ? <Link href={`${base}/grading`}>{summary.awaitingReview}</Link> : 0}
          </dd>
        </div>
      </dl>
      {report.versions.length > 0 ? (
        <p>
          The reading changed while the class worked on it: attempts were given on{" "}
          {report.versions.map((use) => `the ${use.label} (${plural(use.attempts, "attempt")})`).join(", ")}. Each answer is graded against
          the version it was given on; the questions below are the current version&apos;s.
        </p>
      ) : null}

      <div className={dashboard.glance}>
        <section aria-labelledby="help-heading">
          <h2 id="help-heading">Who needs help</h2>
          {report.flags.length ? (
            <ul className={dashboard.glanceList}>
              {[...needsHelp].map(([studentId, flags]) => (
                <li key={studentId}>
                  <Link href={`${base}/report/students/${studentId}`}>{nameOf.get(studentId) ?? flags[0]!.displayName}</Link>:{" "}
                  {flags.map((flag) => flagLabel(flag)).join("; ")}
                </li>
              ))}
              {(["missing", "not-started"] as const).map((kind) =>
                absent(kind).length ? (
                  <li key={kind}>
                    {kind === "missing" ? "Not submitted, past due" : "Not started, due soon"}:{" "}
                    {absent(kind).map((flag, index) => (
                      <span key={flag.studentId}>
                        {index ? ", " : ""}
                        <Link href={`${base}/report/students/${flag.studentId}`}>{nameOf.get(flag.studentId) ?? flag.displayName}</Link>
                      </span>
                    ))}
                  </li>
                ) : null,
              )}
            </ul>
          ) : (
            <p>No one is flagged.</p>
          )}
          <details className={styles.rules}>
            <summary>When is a student flagged?</summary>
            <FlagRules />
          </details>
        </section>
        <section aria-labelledby="missed-heading">
          <h2 id="missed-heading">Questions most missed</h2>
          {mostMissed.length ? (
            <ol className={dashboard.glanceList}>
              {mostMissed.map((item) => (
                <li key={item.question.id}>
                  <a href={`#item-${item.question.id}`}>
                    Q{item.question.number}. {excerpt(item.question.prompt)}
                  </a>{" "}
                  <span className="muted">
                    {percent(item.stats.meanScore)} of points · {item.chunkTitle}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p>No question is under half marks{items.finished ? "" : " so far"}.</p>
          )}
        </section>
      </div>

      <details className={`no-print ${styles.downloads}`}>
        <summary>Downloads, question exports and printing</summary>
        <p>
          Download: <a href={`${base}/export/gradebook.csv`}>gradebook (CSV)</a> ·{" "}
          <a href={`${base}/export/gradebook.csv?ungraded=zero`}>gradebook, ungraded written answers as 0 (CSV)</a> ·{" "}
          <a href={`${base}/export/responses.csv`}>every response (CSV)</a>
        </p>
        <p>
          Export questions: <a href={`${base}/export/questions/qti`}>QTI 3.0</a> ·{" "}
          <a href={`${base}/export/questions/moodle-xml`}>Moodle XML</a> · <a href={`${base}/export/questions/gift`}>GIFT</a>{" "}
          <small className="muted">(each file says which questions its format cannot hold)</small>
        </p>
        <p>
          Print: <Link href={`${base}/print?copy=student`}>the reading for a student</Link> ·{" "}
          <Link href={`${base}/print?copy=key`}>the teacher&apos;s key</Link>
        </p>
      </details>

      <section className={dashboard.section} id="students" aria-labelledby="students-heading">
        <h2 id="students-heading">Students</h2>
        <p className="muted">
          Score: points earned of points possible. Written answers awaiting review are left out until graded; once a student
          submits, unanswered questions count as 0. Time on task counts only while the reading was on screen.
        </p>
        <StudentTable report={report} />
      </section>

      <section className={dashboard.section} id="grid" aria-labelledby="grid-heading">
        <h2 id="grid-heading">Every student, every question</h2>
        <AnswerGrid grid={grid} reportHref={`${base}/report`} />
      </section>

      <section className={dashboard.section} id="items" aria-labelledby="items-heading">
        <h2 id="items-heading">Item analysis</h2>
        <p className="muted">
          <strong>Difficulty p</strong>: the share of points the class earned on the question (lower is harder).{" "}
          <strong>{DISCRIMINATION_NAME}</strong>: for the students who submitted, how closely their points on a question follow
          their points on the rest of the reading. r of 0.40 or more is very good, 0.30–0.39 good, 0.20–0.29 fair, below 0.20
          poor; a negative r means weaker readers did better, so check the key.{" "}
          {items.finished >= 2
            ? `Now over ${plural(items.finished, "student")}.`
            : "r appears once at least two students have submitted."}
          {items.finished >= 2 && items.finished < 10 ? " With fewer than 10 submitted, treat r as a rough sign." : ""}
        </p>
        <ItemTable items={sortItems(items.questions, itemOrder.sort, itemOrder.direction)} order={itemOrder} base={`${base}/report?${studentQuery(query)}`} open={query.item ?? null} />
      </section>

      <section className={dashboard.section} aria-labelledby="parts-heading">
        <h2 id="parts-heading">By chunk and by skill</h2>
        <p className="muted">Mean score on the questions answered so far; written answers count once graded.</p>
        <div className={styles.grid}>
          <BarChart
            title="By chunk"
            valueHeading="Mean score"
            bars={items.byChunk.map((row) => ({ label: row.label, value: row.meanScore, detail: plural(row.questions, "question") }))}
          />
          <BarChart
            title="By skill"
            valueHeading="Mean score"
            bars={items.bySkill.map((row) => ({ label: row.label, value: row.meanScore, detail: plural(row.questions, "question") }))}
          />
        </div>
      </section>
    </div>
  );
}
