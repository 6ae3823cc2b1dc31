import type { ClientQuestion } from "@/lib/content/client";
import type { QuestionType } from "@/lib/content/schema";
import type { DraftOf } from "@/lib/scoring/answers";
import type { Feedback } from "@/lib/scoring/feedback";

export type QuestionOf<T extends QuestionType> = Extract<ClientQuestion, { type: T }>;

/** What every answer input takes: its question, the answer so far, and the feedback once released. */
export type InputProps<T extends QuestionType> = {
  question: QuestionOf<T>;
  value: DraftOf<T>;
  onChange: (value: DraftOf<T>) => void;
  /** Answered, or the attempt can no longer change. */
  disabled: boolean;
  feedback?: Feedback;
  /** Id of the element naming the question (its prompt), for groups. */
  promptId: string;
  /** Field errors from the server, keyed like "answer.optionIds.1". */
  errors?: Record<string, string[]>;
};
