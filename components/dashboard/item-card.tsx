import { BarChart } from "@/components/charts/bar-chart";
import { QUESTION_TYPE_LABELS, SKILL_LABELS } from "@/lib/content/labels";
import type { ItemAnalysisQuestion } from "@/lib/analytics/item-analysis";
import { DISCRIMINATION_NAME } from "@/lib/analytics/discrimination";
import { percent, signed } from "./format";
import styles from "./item-card.module.css";

function OptionList({ options, respondents }: { options: ItemAnalysisQuestion["stats"]["options"]; respondents: number }) {
  return (
    <>
      <BarChart
        title="Share of students choosing each option"
        bars={options.map((option) => ({
          label: option.label === "True" || option.label === "False" ? option.label : `${option.label}. ${option.text}`,
          value: respondents ? option.share : null,
          detail: `${option.count} of ${respondents}`,
          marked: option.isKey,
        }))}
      />
      <ul className={styles.options} aria-label="Each option's rationale">
        {options.map((option) => (
          <li key={option.id}>
            <strong>
              {option.label === "True" || option.label === "False" ? option.label : `${option.label}. ${option.text}`}
              {option.isKey ? " (key)" : ""}
            </strong>{" "}
            <span className="muted">
              — {option.count} of {respondents}
            </span>
            <span className={styles.rationale}>{option.rationale}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One question's item analysis. */
export function ItemCard({ item }: { item: ItemAnalysisQuestion }) {
  const { question, stats } = item;
  const { discrimination } = stats;
  return (
    <article className={styles.item} aria-labelledby={`item-${question.id}`}>
      <h3 id={`item-${question.id}`}>
        Q{question.number}. {question.prompt}
      </h3>
      {question.type === "true_false" ? <p>“{question.statement}”</p> : null}
      {question.type === "evidence" ? <p>Claim: {question.claim}</p> : null}
      <p className={styles.meta}>
        {QUESTION_TYPE_LABELS[question.type]} · {SKILL_LABELS[question.skill]} · {item.chunkTitle} · difficulty {question.difficulty}
      </p>
      <dl className={styles.figures}>
        <div>
          <dt>Answered</dt>
          <dd>
            {stats.respondents}
            {stats.awaitingReview ? ` (${stats.awaitingReview} to grade)` : ""}
          </dd>
        </div>
        <div>
          <dt>Fully correct</dt>
          <dd>{percent(stats.percentCorrect)}</dd>
        </div>
        <div>
          <dt>Mean score</dt>
          <dd>{percent(stats.meanScore)}</dd>
        </div>
        <div>
          <dt>
            Discrimination <abbr title={DISCRIMINATION_NAME}>r</abbr>
          </dt>
          <dd>
            {signed(discrimination.index)}
            {discrimination.label ? ` · ${discrimination.label}` : ""}
          </dd>
        </div>
      </dl>
      {discrimination.index !== null ? (
        <p className="muted">
          Over the {discrimination.students} students who submitted, this question {discrimination.advice}.
        </p>
      ) : null}
      {stats.notes.map((note) => (
        <p key={note} className={styles.note}>
          {note}
        </p>
      ))}
      {stats.options.length ? <OptionList options={stats.options} respondents={stats.respondents} /> : null}
      {stats.followUp ? (
        <>
          <h4>Follow-up: {stats.followUp.prompt}</h4>
          <OptionList options={stats.followUp.options} respondents={stats.respondents} />
        </>
      ) : null}
      {["ordering", "matching", "evidence"].includes(question.type) && stats.respondents > 0 && !stats.wrongAnswers.length ? (
        <p>No wrong answers so far.</p>
      ) : null}
      {stats.wrongAnswers.length ? (
        <>
          <h4>Most common wrong answers</h4>
          <ol>
            {stats.wrongAnswers.map((wrong) => (
              <li key={wrong.description}>
                {wrong.description} — {wrong.count} student{wrong.count === 1 ? "" : "s"} ({percent(wrong.share)})
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </article>
  );
}
