import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { BarChart } from "@/components/charts/bar-chart";
import { AssignmentHeader } from "@/components/dashboard/assignment-nav";
import { percent, plural } from "@/components/dashboard/format";
import { ItemCard } from "@/components/dashboard/item-card";
import { StudentTable } from "@/components/dashboard/student-table";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { DISCRIMINATION_NAME } from "@/lib/analytics/discrimination";
import { forPage } from "@/lib/analytics/for-page";
import { getItemAnalysis } from "@/lib/analytics/item-analysis";
import { STUDENT_SORTS } from "@/lib/analytics/student-progress";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { routeId } from "@/lib/pages";

export const metadata: Metadata = { title: "Assignment report" };

const querySchema = z.object({
  sort: z.enum(STUDENT_SORTS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

type Props = {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AssignmentReportPage({ params, searchParams }: Props) {
  const teacher = await requireUser(["teacher"]);
  const assignmentId = routeId((await params).assignmentId);
  const query = querySchema.parse(await searchParams);
  const [report, items] = await Promise.all([
    forPage(getAssignmentReport(teacher, assignmentId, { sort: query.sort, direction: query.dir, page: query.page })),
    forPage(getItemAnalysis(teacher, assignmentId)),
  ]);
  const { summary, assignment } = report;
  const base = `/teach/assignments/${assignment.id}`;
  return (
    <div className="page">
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
      <dl className="dash-stats">
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
      <p className="no-print">
        Download: <a href={`${base}/export/gradebook.csv`}>gradebook (CSV)</a> ·{" "}
        <a href={`${base}/export/gradebook.csv?ungraded=zero`}>gradebook, ungraded written answers as 0 (CSV)</a> ·{" "}
        <a href={`${base}/export/responses.csv`}>every response (CSV)</a>
      </p>
      <p className="no-print">
        Export questions: <a href={`${base}/export/questions/qti`}>QTI 3.0</a> ·{" "}
        <a href={`${base}/export/questions/moodle-xml`}>Moodle XML</a> · <a href={`${base}/export/questions/gift`}>GIFT</a>{" "}
        <small className="muted">(each file says which questions its format cannot hold)</small>
      </p>
      <p className="no-print">
        Print: <Link href={`${base}/print?copy=student`}>the reading for a student</Link> ·{" "}
        <Link href={`${base}/print?copy=key`}>the teacher&apos;s key</Link>
      </p>

      <section className="dash-section" aria-labelledby="parts-heading">
        <h2 id="parts-heading">Which parts the class missed</h2>
        <p className="muted">Mean score on the questions answered so far; written answers count once graded.</p>
        <div className="dash-grid">
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

      <section className="dash-section" id="students" aria-labelledby="students-heading">
        <h2 id="students-heading">Students</h2>
        <p className="muted">
          Score: points earned of points possible. Written answers awaiting review are left out until graded; once a student
          submits, unanswered questions count as 0. Time on task counts only while the reading was on screen.
        </p>
        <StudentTable report={report} />
      </section>

      <section className="dash-section" aria-labelledby="items-heading">
        <h2 id="items-heading">Item analysis</h2>
        <p className="muted">
          <strong>{DISCRIMINATION_NAME}</strong>: for the students who submitted, how closely their points on a question
          follow their points on the rest of the reading. r of 0.40 or more is very good, 0.30–0.39 good, 0.20–0.29 fair,
          below 0.20 poor; a negative r means weaker readers did better, so check the key.{" "}
          {items.finished >= 2
            ? `Now over ${plural(items.finished, "student")}.`
            : "r appears once at least two students have submitted."}
          {items.finished >= 2 && items.finished < 10 ? " With fewer than 10 submitted, treat r as a rough sign." : ""}
        </p>
        {items.questions.map((item) => (
          <ItemCard key={item.question.id} item={item} />
        ))}
      </section>
    </div>
  );
}
