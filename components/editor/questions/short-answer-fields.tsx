"use client";
/** A written answer: the word limit, the rubric's criteria with their points and levels, and a model answer. */
import { removeAt, replaceAt, setCriterionPoints } from "@/lib/authoring/questions/edit";
import type { QuestionIssues } from "@/lib/authoring/questions/issues";
import { newCriterion } from "@/lib/authoring/questions/new-question";
import type { RubricCriterion, RubricLevels, ShortAnswerQuestion } from "@/lib/content/schema";
import { IssueList, TextField, useFocusLater } from "../fields";
import { WholeNumberField } from "./fields";
import styles from "./questions-editor.module.css";

export function ShortAnswerFields({ idBase, question, onChange, issues }: { idBase: string; question: ShortAnswerQuestion; onChange(q: ShortAnswerQuestion): void; issues: QuestionIssues }) {
  const focusLater = useFocusLater();
  const { criteria } = question.rubric;
  const total = criteria.reduce((sum, c) => sum + c.points, 0);
  const setRubric = (rubric: Partial<ShortAnswerQuestion["rubric"]>) => onChange({ ...question, rubric: { ...question.rubric, ...rubric } });
  const setCriterion = (index: number, criterion: RubricCriterion) => setRubric({ criteria: replaceAt(criteria, index, criterion) });

  function add() {
    const criterion = newCriterion(new Set(criteria.map((c) => c.id)));
    setRubric({ criteria: [...criteria, criterion] });
    focusLater(`${idBase}-${criterion.id}-description`);
  }

  function remove(index: number) {
    const next = criteria[index + 1] ?? criteria[index - 1];
    setRubric({ criteria: removeAt(criteria, index) });
    focusLater(next ? `${idBase}-${next.id}-description` : `${idBase}-add`);
  }

  return (
    <>
      <WholeNumberField id={`${idBase}-max-words`} label="Most words allowed" value={question.maxWords} onChange={(maxWords) => onChange({ ...question, maxWords })} issues={issues.at("maxWords")} />
      <fieldset className={styles.group}>
        <legend>Rubric ({total} {total === 1 ? "point" : "points"} in all)</legend>
        <p className="field-hint">Grade only what the prompt asks for. Describe what an answer earning all, some and none of each criterion’s points looks like.</p>
        <IssueList id={`${idBase}-criteria-issues`} issues={issues.at("rubric.criteria")} />
        <ol className={styles.rows}>
          {criteria.map((criterion, index) => (
            <li key={criterion.id} className={styles.row}>
              <Criterion
                idBase={`${idBase}-${criterion.id}`}
                number={index + 1}
                criterion={criterion}
                onChange={(c) => setCriterion(index, c)}
                issues={issues}
                onRemove={criteria.length > 1 ? () => remove(index) : undefined}
              />
            </li>
          ))}
        </ol>
        <button type="button" id={`${idBase}-add`} className="secondary small" onClick={add}>
          Add a criterion
        </button>
      </fieldset>
      <TextField
        id={`${idBase}-model-answer`}
        label="Model answer"
        hint="An answer that earns every point; you see it beside students’ answers when you grade, and on the printed key."
        value={question.rubric.modelAnswer}
        onChange={(modelAnswer) => setRubric({ modelAnswer })}
        issues={issues.at("rubric.modelAnswer")}
        rows={4}
      />
    </>
  );
}

function Criterion(props: { idBase: string; number: number; criterion: RubricCriterion; onChange(c: RubricCriterion): void; issues: QuestionIssues; onRemove?: () => void }) {
  const { idBase, number, criterion, onChange, issues } = props;
  const at = `rubric.criteria[${criterion.id}]`;
  const levels = criterion.levels ?? { full: "", none: "" };
  const setLevel = (level: keyof RubricLevels, text: string) => onChange({ ...criterion, levels: { ...levels, [level]: text } });
  return (
    <fieldset className={styles.plain}>
      <legend className={styles.rowLegend}>Criterion {number}</legend>
      <IssueList id={`${idBase}-issues`} issues={[...issues.at(at), ...issues.at(`${at}.levels`)]} />
      <TextField id={`${idBase}-description`} label="What it grades" value={criterion.description} onChange={(description) => onChange({ ...criterion, description })} issues={issues.at(`${at}.description`)} rows={2} />
      <WholeNumberField id={`${idBase}-points`} label="Points" value={criterion.points} onChange={(points) => onChange(setCriterionPoints(criterion, points))} issues={issues.at(`${at}.points`)} />
      <TextField id={`${idBase}-full`} label={`Full marks (${criterion.points} ${criterion.points === 1 ? "point" : "points"}) look like`} value={levels.full} onChange={(t) => setLevel("full", t)} issues={issues.at(`${at}.levels.full`)} rows={2} />
      {criterion.points > 1 ? (
        <TextField id={`${idBase}-partial`} label="Part marks look like" value={levels.partial ?? ""} onChange={(t) => setLevel("partial", t)} issues={issues.at(`${at}.levels.partial`)} rows={2} />
      ) : null}
      <TextField id={`${idBase}-none`} label="No marks look like" value={levels.none} onChange={(t) => setLevel("none", t)} issues={issues.at(`${at}.levels.none`)} rows={2} />
      {props.onRemove ? (
        <div className={styles.rowButtons}>
          <button type="button" className="secondary small" onClick={props.onRemove}>
            Remove criterion {number}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
