"use client";
/**
 * The question editor of one chunk in the browser authoring page: its
 * questions (and the after-reading ones attached to it), each collapsible,
 * with add, reorder, duplicate and delete (undoable). Every edit hands the
 * whole new question list to `onChange`; the page stores and checks it and
 * passes the checks back as `issues`.
 */
import { useId, useState } from "react";
import type { EditorIssue } from "@/lib/authoring/draft";
import { issuesAbout } from "@/lib/authoring/draft";
import {
  addQuestion,
  duplicateQuestion,
  groupOf,
  moveQuestion,
  removeQuestion,
  replaceQuestion,
  restoreQuestion,
  type RemovedQuestion,
} from "@/lib/authoring/questions/edit";
import { issuesByField } from "@/lib/authoring/questions/issues";
import { newQuestion } from "@/lib/authoring/questions/new-question";
import { QUESTION_TYPE_LABELS } from "@/lib/content/labels";
import type { Question, QuestionType, Reading, Stage } from "@/lib/content/schema";
import { STAGE_LABELS } from "./common-fields";
import { useFocusLater } from "../fields";
import { buttonAfterMove } from "./fields";
import { promptStart, QuestionCard } from "./question-card";
import styles from "./questions-editor.module.css";

const TYPES = Object.keys(QUESTION_TYPE_LABELS) as QuestionType[];
const STAGES = Object.keys(STAGE_LABELS) as Stage[];

const GROUP_HEADINGS: Record<Stage, string> = {
  chunk: "Questions after this part",
  "after-reading": "Questions after the whole reading",
};

export interface QuestionsEditorProps {
  reading: Reading;
  chunkId: string;
  questions: Question[];
  onChange(questions: Question[]): void;
  issues: EditorIssue[];
}

export function QuestionsEditor({ reading, chunkId, questions, onChange, issues }: QuestionsEditorProps) {
  const uid = useId();
  const idOf = (questionId: string) => `${uid}-${questionId}`;
  const focusLater = useFocusLater();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<RemovedQuestion | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [newType, setNewType] = useState<QuestionType>("single_choice");
  const [newStage, setNewStage] = useState<Stage>("chunk");

  const chunk = reading.chunks.find((c) => c.id === chunkId);
  const chunkParagraphs = reading.paragraphs.filter((p) => chunk?.paragraphIds.includes(p.id));
  const groups = STAGES.map((stage) => ({ stage, questions: groupOf(questions, chunkId, stage) }));

  const setOpenFor = (id: string, isOpen: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });

  function add() {
    const question = newQuestion(newType, { reading, chunkId, stage: newStage, questions });
    onChange(addQuestion(questions, reading, question));
    setOpenFor(question.id, true);
    setRemoved(null);
    setAnnouncement(`Added a ${QUESTION_TYPE_LABELS[newType]} question.`);
    focusLater(`${idOf(question.id)}-prompt`);
  }

  function edit(question: Question, updated: Question) {
    onChange(replaceQuestion(questions, updated));
    // A new stage moves the question to the other list, where its stage select is a new element: keep focus on it.
    if (updated.stage !== question.stage) {
      setAnnouncement(`Moved to ${GROUP_HEADINGS[updated.stage].toLowerCase()}.`);
      focusLater(`${idOf(question.id)}-stage`);
    }
  }

  function moveBy(question: Question, delta: -1 | 1) {
    const group = groupOf(questions, chunkId, question.stage);
    const to = group.indexOf(question) + delta;
    onChange(moveQuestion(questions, question.id, delta));
    setAnnouncement(`Moved to number ${to + 1} of ${group.length}.`);
    focusLater(`${idOf(question.id)}-${buttonAfterMove(to, group.length, delta)}`);
  }

  function duplicate(question: Question) {
    const { questions: next, copy } = duplicateQuestion(questions, question.id);
    if (!copy) return;
    onChange(next);
    setOpenFor(copy.id, true);
    setRemoved(null);
    setAnnouncement("Duplicated: the copy is right below, open.");
    focusLater(`${idOf(copy.id)}-toggle`);
  }

  function remove(question: Question) {
    const { questions: next, removed: gone } = removeQuestion(questions, question.id);
    if (!gone) return;
    onChange(next);
    setRemoved(gone);
    setAnnouncement("");
    focusLater(`${uid}-undo`);
  }

  function undo() {
    if (!removed) return;
    onChange(restoreQuestion(questions, removed));
    setOpenFor(removed.question.id, true);
    setRemoved(null);
    setAnnouncement("Question restored.");
    focusLater(`${idOf(removed.question.id)}-toggle`);
  }

  return (
    <div className={styles.editor}>
      {groups
        .filter((group) => group.stage === "chunk" || group.questions.length > 0)
        .map((group) => (
          <section key={group.stage} className={styles.section} aria-labelledby={`${uid}-${group.stage}`}>
            <div className={styles.sectionHead}>
              <h4 id={`${uid}-${group.stage}`}>
                {GROUP_HEADINGS[group.stage]} ({group.questions.length})
              </h4>
              {group.questions.length > 1 ? (
                <div className={styles.toolbar}>
                  <button type="button" className="secondary small" onClick={() => setOpen((current) => new Set([...current, ...group.questions.map((q) => q.id)]))}>
                    Open all<span className="visually-hidden"> {GROUP_HEADINGS[group.stage].toLowerCase()}</span>
                  </button>
                  <button type="button" className="secondary small" onClick={() => setOpen((current) => new Set([...current].filter((id) => !group.questions.some((q) => q.id === id))))}>
                    Close all<span className="visually-hidden"> {GROUP_HEADINGS[group.stage].toLowerCase()}</span>
                  </button>
                </div>
              ) : null}
            </div>
            {group.stage === "after-reading" ? <p className="field-hint">Students answer these after the last part; they may mention anything in the text.</p> : null}
            {group.questions.length === 0 ? <p className="muted">No questions for this part yet.</p> : null}
            <ol className={styles.list}>
              {group.questions.map((question, index) => (
                <li key={question.id}>
                  <QuestionCard
                    idBase={idOf(question.id)}
                    question={question}
                    number={index + 1}
                    count={group.questions.length}
                    open={open.has(question.id)}
                    issues={issuesByField(issuesAbout(issues, question.id), question)}
                    chunkParagraphs={chunkParagraphs}
                    allParagraphs={reading.paragraphs}
                    onToggle={() => setOpenFor(question.id, !open.has(question.id))}
                    onChange={(updated) => edit(question, updated)}
                    onMove={(delta) => moveBy(question, delta)}
                    onDuplicate={() => duplicate(question)}
                    onDelete={() => remove(question)}
                  />
                </li>
              ))}
            </ol>
          </section>
        ))}

      {removed ? (
        <div className={styles.undoBar}>
          <p>
            Deleted {QUESTION_TYPE_LABELS[removed.question.type].toLowerCase()} question “{promptStart(removed.question)}”.
          </p>
          <button type="button" id={`${uid}-undo`} className="small" onClick={undo}>
            Undo delete
          </button>
        </div>
      ) : null}
      <p role="status" className="visually-hidden">
        {removed ? "Question deleted." : announcement}
      </p>

      <fieldset className={styles.addForm}>
        <legend>Add a question</legend>
        <div className={styles.addControls}>
          <div className="field">
            <label htmlFor={`${uid}-new-type`}>Type</label>
            <select id={`${uid}-new-type`} value={newType} onChange={(e) => setNewType(e.target.value as QuestionType)}>
              {TYPES.map((type) => (
                <option key={type} value={type}>
                  {QUESTION_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${uid}-new-stage`}>Asked</label>
            <select id={`${uid}-new-stage`} value={newStage} onChange={(e) => setNewStage(e.target.value as Stage)}>
              {STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_LABELS[stage]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className={styles.addButton} onClick={add}>
            Add question
          </button>
        </div>
      </fieldset>
    </div>
  );
}
