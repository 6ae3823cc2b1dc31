import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AssignmentHeader } from "@/components/dashboard/assignment-nav";
import { GradingForm } from "@/components/dashboard/grading-form";
import { ReturnForRevisionForm } from "@/components/dashboard/return-for-revision-form";
import { points } from "@/components/dashboard/format";
import { LOW_EFFORT_WRITING_LABELS } from "@/lib/analytics/effort";
import { forPage } from "@/lib/analytics/for-page";
import { requireUser } from "@/lib/auth/current-user";
import { excerpt } from "@/lib/content/excerpt";
import { contentIdSchema } from "@/lib/content/schema";
import { formatDateTime } from "@/lib/dates";
import { idSchema } from "@/lib/forms/schemas";
import { getGradingQueue, type GradingQueue } from "@/lib/grading/queue";
import { routeId } from "@/lib/pages";
import itemCard from "@/components/dashboard/item-card.module.css";
import liveBoard from "@/components/dashboard/live-board.module.css";
import styles from "./grading.module.css";

export const metadata: Metadata = { title: "Grade written answers" };

const optionalId = idSchema.optional().catch(undefined);
const querySchema = z.object({
  by: z.enum(["question", "student"]).optional().catch(undefined),
  q: contentIdSchema.max(64).optional().catch(undefined),
  s: optionalId,
  r: optionalId,
});

type Props = {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function hrefFor(queue: GradingQueue, responseId?: string, overrides: { by?: string; q?: string; s?: string } = {}) {
  const by = overrides.by ?? queue.by;
  const params = new URLSearchParams({ by });
  const q = overrides.q ?? (by === "question" ? queue.selectedQuestionId : null);
  const s = overrides.s ?? (by === "student" ? queue.selectedStudentId : null);
  if (by === "question" && q) params.set("q", q);
  if (by === "student" && s) params.set("s", s);
  if (responseId) params.set("r", responseId);
  return `/teach/assignments/${queue.assignment.id}/grading?${params}`;
}

/** "Q17: Why does the narrator distrust …": the number alone says little in a long reading. */
function questionLabel(question: { number: number; prompt: string }) {
  return `Q${question.number}: ${excerpt(question.prompt, 6)}`;
}

function queueStatus(item: GradingQueue["items"][number]) {
  if (item.graded) return "graded";
  if (item.returned) return "returned";
  return item.revised ? "revised" : "to grade";
}

/** After the open answer: the next ungraded one (wrapping round), else simply the next. */
function neighbours(queue: GradingQueue) {
  const index = queue.items.findIndex((item) => item.responseId === queue.current?.responseId);
  const after = [...queue.items.slice(index + 1), ...queue.items.slice(0, Math.max(0, index))];
  const next = after.find((item) => !item.graded) ?? queue.items[index + 1];
  const previous = index > 0 ? queue.items[index - 1] : undefined;
  return { next: next ? hrefFor(queue, next.responseId) : null, previous: previous ? hrefFor(queue, previous.responseId) : null };
}

export default async function GradingPage({ params, searchParams }: Props) {
  const teacher = await requireUser(["teacher"]);
  const assignmentId = routeId((await params).assignmentId);
  const query = querySchema.parse(await searchParams);
  const queue = await forPage(
    getGradingQueue(teacher, assignmentId, { by: query.by, questionId: query.q, studentId: query.s, responseId: query.r }),
  );
  const current = queue.current;
  const { next, previous } = neighbours(queue);
  const position = current ? queue.items.findIndex((item) => item.responseId === current.responseId) + 1 : 0;
  return (
    <div className="page">
      <AssignmentHeader
        assignmentId={queue.assignment.id}
        classId={queue.assignment.classroomId}
        className={queue.assignment.className}
        title={queue.assignment.title}
        current="grading"
      />
      {queue.questions.length === 0 ? (
        <p>This reading has no written questions: everything is graded automatically.</p>
      ) : (
        <div className={styles.layout}>
          <nav aria-label="Grading queue">
            <p>
              Queue:{" "}
              {queue.by === "question" ? (
                <>
                  <strong>by question</strong> · <Link href={hrefFor(queue, undefined, { by: "student" })}>by student</Link>
                </>
              ) : (
                <>
                  <Link href={hrefFor(queue, undefined, { by: "question" })}>by question</Link> · <strong>by student</strong>
                </>
              )}
            </p>
            <h2 className="h3-size">{queue.by === "question" ? "Questions" : "Students"}</h2>
            <ul className={liveBoard.queue}>
              {queue.by === "question"
                ? queue.questions.map((question) => (
                    <li key={question.id}>
                      <Link
                        href={hrefFor(queue, undefined, { q: question.id })}
                        aria-current={question.id === queue.selectedQuestionId ? "true" : undefined}
                      >
                        <span>{questionLabel(question)}</span>
                        <span className="muted">{question.awaiting} to grade</span>
                      </Link>
                    </li>
                  ))
                : queue.students.map((student) => (
                    <li key={student.id}>
                      <Link
                        href={hrefFor(queue, undefined, { s: student.id })}
                        aria-current={student.id === queue.selectedStudentId ? "true" : undefined}
                      >
                        <span>{student.displayName}</span>
                        <span className="muted">{student.awaiting} to grade</span>
                      </Link>
                    </li>
                  ))}
            </ul>
            {queue.items.length ? (
              <>
              <h2 className="h3-size">Answers</h2>
              <ol className={liveBoard.queue}>
                {queue.items.map((item) => (
                  <li key={item.responseId}>
                    <Link href={hrefFor(queue, item.responseId)} aria-current={item.responseId === current?.responseId ? "true" : undefined}>
                      <span>
                        {queue.by === "question" ? item.displayName : questionLabel(queue.questions.find((question) => question.id === item.questionId)!)}
                        {item.lowEffort ? <span className="badge bad"> {LOW_EFFORT_WRITING_LABELS[item.lowEffort]}</span> : null}
                      </span>
                      <span className={item.graded ? "badge ok" : "badge warn"}>{queueStatus(item)}</span>
                    </Link>
                  </li>
                ))}
              </ol>
              </>
            ) : null}
          </nav>
          {current ? (
            <section aria-labelledby="answer-heading">
              <h2 id="answer-heading">
                {current.displayName}, Q{current.question.number}{" "}
                <span className="muted">
                  ({position} of {queue.items.length})
                </span>
              </h2>
              <p>{current.question.prompt}</p>
              <p className={itemCard.answer} aria-label={`${current.displayName}'s answer`}>
                {current.text || "(empty)"}
              </p>
              {current.lowEffort ? (
                <p className={itemCard.note}>
                  This looks like no attempt ({LOW_EFFORT_WRITING_LABELS[current.lowEffort]}): a conversation may help more than a grade.
                </p>
              ) : null}
              <details>
                <summary>Model answer</summary>
                <p>{current.question.modelAnswer}</p>
              </details>
              <GradingForm
                key={current.responseId}
                responseId={current.responseId}
                criteria={current.question.criteria}
                initialPoints={Object.fromEntries((current.grade?.criteria ?? []).map((criterion) => [criterion.id, criterion.points]))}
                initialComment={current.grade?.comment ?? ""}
                nextHref={next}
                previousHref={previous}
              />
              <ReturnForRevisionForm key={`return-${current.responseId}`} responseId={current.responseId} returnComment={current.returnComment} />
              {current.history.length ? (
                <section aria-labelledby="history-heading">
                  <h2 id="history-heading">Grading history</h2>
                  <ol>
                    {current.history.map((entry) => (
                      <li key={entry.id}>
                        {points(entry.score)} of {current.question.maxScore} by {entry.gradedBy}, {formatDateTime(entry.gradedAt)}
                        {entry.comment ? `: “${entry.comment}”` : ""}
                      </li>
                    ))}
                  </ol>
                </section>
              ) : null}
            </section>
          ) : (
            <p>No written answers to grade yet.</p>
          )}
        </div>
      )}
    </div>
  );
}
