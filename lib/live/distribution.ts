/**
 * The class's answers to the released chunk's choice questions, for the
 * projector: counts per option under the authored letters (A, B, C in the
 * order the author wrote them), whatever order each student saw, and never
 * a name. Read from the answer tallies (lib/tallied/tallies.ts): the
 * latest attempts of the class's active students.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { teacherAssignments } from "@/lib/auth/scopes";
import { inQuestionSet } from "@/lib/assignments/question-set";
import { getFullQuestions } from "@/lib/content/keys";
import { getReading } from "@/lib/content/load";
import type { Question } from "@/lib/content/schema";
import { answerColumn, type StoredAnswer } from "@/lib/scoring/answers";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type OptionCount = { letter: string; text: string; count: number };
export type QuestionDistribution = { questionId: string; prompt: string; answered: number; options: OptionCount[] };

const letter = (index: number) => String.fromCharCode(65 + index);

/** The options a distribution counts, in authored order, and the option ids one stored answer chose. */
function countedOptions(question: Question): { options: { id: string; text: string }[]; chosen: (answer: StoredAnswer) => string[] } | null {
  switch (question.type) {
    case "single_choice":
      return { options: question.options, chosen: (answer) => (typeof answer.optionId === "string" ? [answer.optionId] : []) };
    case "multiple_select":
      return { options: question.options, chosen: (answer) => (Array.isArray(answer.optionIds) ? answer.optionIds.map(String) : []) };
    case "true_false":
      return { options: question.why.options, chosen: (answer) => (typeof answer.whyOptionId === "string" ? [answer.whyOptionId] : []) };
    default:
      return null;
  }
}

/** The distribution for chunk `chunkIndex` of the teacher's lesson; only the class's teacher may read it. */
export async function liveAnswerDistribution(teacher: SessionUser, sessionId: string): Promise<QuestionDistribution[]> {
  const session = await db.liveSession.findFirst({
    where: { id: sessionId, assignment: teacherAssignments(teacher) },
    select: { assignmentId: true, chunkIndex: true, assignment: { select: { readingSlug: true, questionIds: true } } },
  });
  if (!session) throw new AppError("not_found", "That live lesson does not exist or is not yours.");
  const slug = session.assignment.readingSlug;
  const reading = await getReading(slug);
  const chunkId = reading?.chunks[session.chunkIndex]?.id;
  const questions = inQuestionSet(reading ? getFullQuestions(reading) : [], session.assignment).filter((question) => question.stage === "chunk" && question.chunkId === chunkId);
  const tallies = await db.answerTally.findMany({
    where: { assignmentId: session.assignmentId, questionId: { in: questions.map((question) => question.id) } },
    select: { questionId: true, answer: true, count: true },
  });
  return questions.flatMap((question) => {
    const counted = countedOptions(question);
    if (!counted) return [];
    const counts = new Map(counted.options.map((option) => [option.id, 0]));
    let answered = 0;
    for (const tally of tallies) {
      if (tally.questionId !== question.id || tally.count === 0) continue;
      answered += tally.count;
      for (const optionId of counted.chosen(answerColumn.read(tally.answer))) {
        if (counts.has(optionId)) counts.set(optionId, counts.get(optionId)! + tally.count);
      }
    }
    return [
      {
        questionId: question.id,
        prompt: question.type === "true_false" ? `${question.statement} ${question.why.prompt}` : question.prompt,
        answered,
        options: counted.options.map((option, index) => ({ letter: letter(index), text: option.text, count: counts.get(option.id)! })),
      },
    ];
  });
}
