import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { plural, points } from "@/components/dashboard/format";
import { forPage } from "@/lib/analytics/for-page";
import { getStudentAnswers, type StudentAnswers } from "@/lib/analytics/student-answers";
import { requireUser } from "@/lib/auth/current-user";
import { describeScore } from "@/lib/scoring/score-summary";
import { formatDateTime } from "@/lib/dates";
import { routeId } from "@/lib/pages";
import itemCard from "@/components/dashboard/item-card.module.css";
import tableLinks from "@/components/dashboard/table-links.module.css";

export const metadata: Metadata = { title: "A student's answers" };

const CONFIDENCE = ["", "guessing", "fairly sure", "sure"];

type Props = {
  params: Promise<{ assignmentId: string; studentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** What a chunk's summary line says: answered, points on the scored answers, written answers still to grade. */
function chunkTally(questions: StudentAnswers["questions"]) {
  const answered = questions.filter((question) => question.response);
  const scored = answered.filter((question) => question.response!.score !== null);
  return {
    answered: answered.length,
    earned: scored.reduce((sum, question) => sum + question.response!.score!, 0),
    scoredMax: scored.reduce((sum, question) => sum + question.maxScore, 0),
    pending: answered.length - scored.length,
  };
}

export default async function StudentAnswersPage({ params, searchParams }: Props) {
  const teacher = await requireUser(["teacher"]);
  const { assignmentId, studentId } = await params;
  const attempt = z.coerce.number().int().min(1).optional().catch(undefined).parse((await searchParams).attempt);
  const answers = await forPage(getStudentAnswers(teacher, routeId(assignmentId), routeId(studentId), attempt));
  const reportHref = `/teach/assignments/${answers.assignment.id}/report`;
  return (
    <div className="page-narrow">
      <p className="breadcrumb">
        <Link href={`/teach/classes/${answers.assignment.classroomId}`}>{answers.assignment.className}</Link> ›{" "}
        <Link href={reportHref}>{answers.assignment.title}</Link>
      </p>
      <h1>{answers.student.displayName}</h1>
      {answers.attempt ? (
        <p className="muted">
          Attempt {answers.attempt.number} · started {formatDateTime(answers.attempt.startedAt)} ·{" "}
          {answers.attempt.submittedAt ? `submitted ${formatDateTime(answers.attempt.submittedAt)}` : "not submitted yet"}
          {answers.attempt.late ? " · late" : ""}
        </p>
      ) : (
        <p>{answers.student.displayName} has not started this reading.</p>
      )}
      {answers.score ? (
        <p>
          <strong>Score:</strong> {describeScore(answers.score) ?? "nothing scored yet"}
          {answers.score.pendingCount
            ? ` · ${plural(answers.score.pendingCount, "written answer")} (${points(answers.score.pendingPoints)} points) still to grade, not counted yet`
            : ""}
        </p>
      ) : null}
      {answers.attempts.length > 1 ? (
        <nav aria-label="Attempts" className={tableLinks.sort}>
          Attempts:
          {answers.attempts.map((a) => (
            <Link key={a.id} href={`?attempt=${a.number}`} aria-current={a.id === answers.attempt?.id ? "page" : undefined}>
              {a.number}
            </Link>
          ))}
        </nav>
      ) : null}
      {answers.chunks.map((chunk) => {
        const questions = answers.questions.filter((question) => question.chunkId === chunk.id);
        if (!questions.length) return null;
        const tally = chunkTally(questions);
        return (
          <details key={chunk.id} className="chunk-fold">
            <summary>
              {chunk.number}. {chunk.title}{" "}
              <span className="muted">
                · {tally.answered} of {plural(questions.length, "question")} answered
                {tally.scoredMax ? ` · ${points(tally.earned)} of ${points(tally.scoredMax)} points` : ""}
                {tally.pending ? ` · ${tally.pending} to grade` : ""}
              </span>
            </summary>
            <ol className="plain-list">
              {questions.map((question) => (
                <li key={question.id} className={itemCard.item}>
                  <h2 className="h3-size">
                    Q{question.number}. {question.prompt}
                  </h2>
                  {question.response ? (
                    <>
                      <p>
                        <strong>Answer:</strong>
                      </p>
                      <p className={itemCard.answer}>{question.response.answer || "—"}</p>
                      {question.response.rationale ? <p className="muted">{question.response.rationale}</p> : null}
                      <p>
                        <strong>Score:</strong>{" "}
                        {question.response.score === null ? (
                          <>
                            awaiting review ·{" "}
                            <Link href={`/teach/assignments/${answers.assignment.id}/grading?r=${question.response.id}`}>grade it</Link>
                          </>
                        ) : (
                          `${points(question.response.score)} of ${question.maxScore}`
                        )}
                        {question.response.confidence ? ` · ${CONFIDENCE[question.response.confidence]}` : ""}
                      </p>
                      {question.response.grade?.comment ? (
                        <p>
                          <strong>Your comment:</strong> {question.response.grade.comment}
                        </p>
                      ) : null}
                    </>
                  ) : (
                    <p className="muted">Not answered.</p>
                  )}
                  <p>
                    <strong>{question.type === "short_answer" ? "Model answer" : "Key"}:</strong> {question.key}
                  </p>
                </li>
              ))}
            </ol>
          </details>
        );
      })}
    </div>
  );
}
