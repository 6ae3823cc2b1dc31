/**
 * A reading on paper for a student without a device: the whole text with
 * paragraph numbers, then every question in authored order with room to
 * write. The teacher's key is the same sheet with the keys, each option's
 * reason, the explanations and the rubrics. Server-only: it takes full
 * questions (lib/content/keys.ts), so only the teacher's page renders it.
 */
import { ColumnHeader, DataTable } from "@/components/table/data-table";
import type { ChoiceOption, Question, Reading, RubricCriterion } from "@/lib/content/schema";
import styles from "./printed-reading.module.css";

export type PrintCopy = "student" | "key";

type Props = { reading: Reading; questions: Question[]; copy: PrintCopy; className: string };

const letter = (index: number) => String.fromCharCode(65 + index);
const paragraphNumber = (paragraphId: string) => Number(paragraphId.slice(1));

export function PrintedReading({ reading, questions, copy, className }: Props) {
  const paragraphs = new Map(reading.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const sentence = (sentenceId: string) => {
    const [paragraphId, s] = sentenceId.split(".s");
    return { label: `¶${paragraphNumber(paragraphId!)}, sentence ${s}`, text: paragraphs.get(paragraphId!)?.sentences[Number(s) - 1] };
  };
  return (
    <article className={styles.sheet}>
      <header className={styles.masthead}>
        <h1>{reading.title}</h1>
        <p>
          {reading.author} · {reading.publication}
          {copy === "key" ? " · Teacher's key" : ""}
        </p>
        {copy === "student" ? (
          <p className={styles.nameLine}>
            Name <span aria-hidden="true" /> Class: {className}
          </p>
        ) : null}
      </header>
      {reading.chunks.map((chunk) => (
        <section key={chunk.id} className={styles.chunk}>
          <h2>{chunk.title}</h2>
          {chunk.paragraphIds.map((paragraphId) => (
            <p key={paragraphId} className={styles.paragraph}>
              <span className={styles.number}>{paragraphNumber(paragraphId)}</span>
              {paragraphs.get(paragraphId)?.sentences.join(" ")}
            </p>
          ))}
        </section>
      ))}
      <p className={styles.attribution}>{reading.attribution}</p>
      <section className={styles.questions} aria-labelledby="questions-heading">
        <h2 id="questions-heading">Questions</h2>
        <ol>
          {questions.map((question) => (
            <li key={question.id} className={styles.question}>
              <p className={styles.prompt}>
                {question.prompt} <small>(¶{question.cites.map(paragraphNumber).join(", ¶")})</small>
              </p>
              <QuestionBody question={question} showKey={copy === "key"} sentence={sentence} />
              {copy === "key" ? (
                <p className={styles.explanation}>
                  <strong>Explanation:</strong> {question.explanation}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

type BodyProps = { question: Question; showKey: boolean; sentence: (id: string) => { label: string; text?: string } };

function QuestionBody({ question, showKey, sentence }: BodyProps) {
  switch (question.type) {
    case "single_choice":
      return <Options options={question.options} keys={[question.answer]} showKey={showKey} />;
    case "multiple_select":
      return (
        <>
          <p className={styles.hint}>Choose every answer that fits.</p>
          <Options options={question.options} keys={question.answer} showKey={showKey} />
        </>
      );
    case "true_false":
      return (
        <>
          <p>{question.statement}</p>
          <p>True / False{showKey ? <Key>{question.answer ? "True" : "False"}</Key> : null}</p>
          {showKey ? (
            <p className={styles.reason}>
              If true: {question.trueFeedback} If false: {question.falseFeedback}
            </p>
          ) : null}
          <p>{question.why.prompt}</p>
          <Options options={question.why.options} keys={[question.why.answer]} showKey={showKey} />
        </>
      );
    case "ordering":
      return (
        <>
          <p className={styles.hint}>Write the letters in order.</p>
          <LetteredList items={question.items} />
          {showKey ? <Key>{question.answer.map((id) => letter(question.items.findIndex((item) => item.id === id))).join(", ")}</Key> : <WriteLines count={1} />}
        </>
      );
    case "matching":
      return (
        <>
          <p className={styles.hint}>Write the letter that matches each number.</p>
          <ol className={styles.pairs}>
            {question.left.map((item) => (
              <li key={item.id}>
                {item.text} ____
                {showKey ? <Key>{letter(question.right.findIndex((right) => right.id === question.answer[item.id]))}</Key> : null}
              </li>
            ))}
          </ol>
          <LetteredList items={question.right} />
        </>
      );
    case "short_answer":
      return (
        <>
          <p className={styles.hint}>Up to {question.maxWords} words.</p>
          {showKey ? <Rubric criteria={question.rubric.criteria} modelAnswer={question.rubric.modelAnswer} /> : <WriteLines count={Math.min(10, Math.ceil(question.maxWords / 12))} />}
        </>
      );
    case "evidence":
      return (
        <>
          <p>Claim: {question.claim}</p>
          <p className={styles.hint}>Write the paragraph number and quote the sentence that supports it.</p>
          {showKey ? (
            <ul className={styles.reason}>
              {[...question.answer, ...(question.acceptable ?? [])].map((id) => {
                const { label, text } = sentence(id);
                return (
                  <li key={id}>
                    <Key>{question.answer.includes(id) ? label : `${label} (also accepted)`}</Key> “{text}”
                  </li>
                );
              })}
            </ul>
          ) : (
            <WriteLines count={3} />
          )}
        </>
      );
  }
}

function Key({ children }: { children: React.ReactNode }) {
  return <strong className={styles.key}> Key: {children}</strong>;
}

function Options({ options, keys, showKey }: { options: ChoiceOption[]; keys: string[]; showKey: boolean }) {
  return (
    <ol className={styles.options} type="A">
      {options.map((option) => (
        <li key={option.id}>
          {option.text}
          {showKey && keys.includes(option.id) ? <Key>correct</Key> : null}
          {showKey ? <span className={styles.reason}>Why: {option.feedback}</span> : null}
        </li>
      ))}
    </ol>
  );
}

function LetteredList({ items }: { items: { id: string; text: string }[] }) {
  return (
    <ol className={styles.options} type="A">
      {items.map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ol>
  );
}

function WriteLines({ count }: { count: number }) {
  return <div className={styles.lines} style={{ height: `${count * 2}rem` }} aria-hidden="true" />;
}

function Rubric({ criteria, modelAnswer }: { criteria: RubricCriterion[]; modelAnswer: string }) {
  return (
    <div className={styles.reason}>
      <p>
        <strong>Model answer:</strong> {modelAnswer}
      </p>
      <DataTable caption="Rubric" captionHidden={false} className={styles.rubric}>
        <thead>
          <tr>
            <ColumnHeader>Criterion</ColumnHeader>
            <ColumnHeader>Full</ColumnHeader>
            <ColumnHeader>Partial</ColumnHeader>
            <ColumnHeader>None</ColumnHeader>
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row">
                {criterion.description} ({criterion.points} {criterion.points === 1 ? "point" : "points"})
              </th>
              <td>{criterion.levels?.full ?? "—"}</td>
              <td>{criterion.levels?.partial ?? "—"}</td>
              <td>{criterion.levels?.none ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
