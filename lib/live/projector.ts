/**
 * The classroom screen of a live lesson (the teacher's, shown to the class):
 * the released chunk's text, or its questions with their options lettered in
 * authored order, the class's counts once the teacher reveals them, or the
 * discussion prompt. Never a student's name, no speed, no ranking.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { ownedAssignment } from "@/lib/auth/owned";
import { inQuestionSet } from "@/lib/assignments/question-set";
import { getFullQuestions } from "@/lib/content/keys";
import { getChunk, getReading } from "@/lib/content/load";
import { AppError } from "@/lib/errors";
import { liveAnswerDistribution, type QuestionDistribution } from "./distribution";
import { activeLiveSession } from "./sessions";

export async function getProjectorView(teacher: SessionUser, assignmentId: string) {
  const assignment = await ownedAssignment(teacher, assignmentId);
  const reading = await getReading(assignment.readingSlug);
  if (!reading) throw new AppError("not_found", "The reading of this lesson is no longer installed on this server.");
  const state = await activeLiveSession(teacher, assignment.id);
  if (!state) return { title: reading.title, state: null };
  const chunk = getChunk(reading, reading.chunks[state.chunkIndex]!.id)!;
  const counted = state.phase === "reading" ? [] : await liveAnswerDistribution(teacher, state.sessionId);
  const prompts = inQuestionSet(getFullQuestions(reading), assignment)
    .filter((question) => question.stage === "chunk" && question.chunkId === chunk.id)
    .map((question): QuestionDistribution => counted.find((entry) => entry.questionId === question.id) ?? { questionId: question.id, prompt: question.prompt, answered: 0, options: [] });
  return {
    title: reading.title,
    state,
    chunk: { title: chunk.title, paragraphs: chunk.paragraphs.map((paragraph) => ({ id: paragraph.id, text: paragraph.sentences.join(" ") })) },
    questions: prompts,
  };
}

export type ProjectorView = Awaited<ReturnType<typeof getProjectorView>>;
