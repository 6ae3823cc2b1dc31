"use client";
import type { ClientQuestion } from "@/lib/content/client";
import type { DraftAnswer } from "@/lib/scoring/answers";
import { ChoiceInput } from "./choice-input";
import { EvidenceInput } from "./evidence-input";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";
import { ShortAnswerInput } from "./short-answer-input";
import { TrueFalseInput } from "./true-false-input";
import type { InputProps } from "./types";

export type QuestionInputProps = Omit<InputProps<"single_choice">, "question" | "value" | "onChange"> & {
  question: ClientQuestion;
  value: DraftAnswer;
  onChange: (value: DraftAnswer) => void;
};

/** The input for a question of any type: the reading pages and the review session both answer through it. */
export function QuestionInput(props: QuestionInputProps) {
  switch (props.question.type) {
    case "single_choice":
      return <ChoiceInput {...(props as InputProps<"single_choice">)} />;
    case "multiple_select":
      return <ChoiceInput {...(props as InputProps<"multiple_select">)} />;
    case "true_false":
      return <TrueFalseInput {...(props as InputProps<"true_false">)} />;
    case "ordering":
      return <OrderingInput {...(props as InputProps<"ordering">)} />;
    case "matching":
      return <MatchingInput {...(props as InputProps<"matching">)} />;
    case "short_answer":
      return <ShortAnswerInput {...(props as InputProps<"short_answer">)} />;
    case "evidence":
      return <EvidenceInput {...(props as InputProps<"evidence">)} />;
  }
}
