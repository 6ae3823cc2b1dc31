import type { ClientQuestion } from "@/lib/content/client";
import type { DraftAnswer } from "@/lib/scoring/answers";
import questionText from "@/components/questions/question-text.module.css";
import styles from "./answer-summary.module.css";

/** A stored answer in words, for the results page. */
export function AnswerSummary({ question, answer, sentences }: { question: ClientQuestion; answer: DraftAnswer; sentences: Record<string, string> }) {
  const value = answer as Record<string, unknown>;
  switch (question.type) {
    case "single_choice":
      return <p>{question.options.find((o) => o.id === value.optionId)?.text}</p>;
    case "multiple_select":
      return <List items={question.options.filter((o) => (value.optionIds as string[] | undefined)?.includes(o.id)).map((o) => o.text)} />;
    case "true_false":
      return (
        <p>
          {value.value === true ? "True" : value.value === false ? "False" : "(no judgement)"}, because “
          {question.why.options.find((o) => o.id === value.whyOptionId)?.text}”
        </p>
      );
    case "ordering": {
      const text = new Map(question.items.map((item) => [item.id, item.text]));
      return <List ordered items={((value.itemIds as string[] | undefined) ?? []).map((id) => text.get(id) ?? "")} />;
    }
    case "matching": {
      const right = new Map(question.right.map((item) => [item.id, item.text]));
      const pairs = (value.pairs ?? {}) as Record<string, string>;
      return <List items={question.left.map((left) => `${left.text} → ${right.get(pairs[left.id] ?? "") ?? "(not matched)"}`)} />;
    }
    case "short_answer":
      return <blockquote className={questionText.quoted}>{String(value.text ?? "")}</blockquote>;
    case "evidence":
      return <List items={((value.sentenceIds as string[] | undefined) ?? []).map((id) => `“${sentences[id] ?? id}”`)} />;
  }
}

function List({ items, ordered }: { items: string[]; ordered?: boolean }) {
  const Tag = ordered ? "ol" : "ul";
  return (
    <Tag className={styles.list}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </Tag>
  );
}
