/** The LTI-ready score of a student's latest attempt (lib/scoring/lti-score.ts), for the teacher of the class. */
import "server-only";
import { ltiScoreOf, type LtiScore } from "@/lib/scoring/lti-score";
import type { SessionUser } from "@/lib/auth/current-user";
import { getStudentAnswers } from "./student-answers";

export async function getLtiScore(viewer: SessionUser, assignmentId: string, studentId: string, now = new Date()): Promise<LtiScore> {
  const answers = await getStudentAnswers(viewer, assignmentId, studentId);
  return ltiScoreOf(answers.score, answers.attempt, now);
}
