"use client";
import { useWorkspace } from "@/components/reading/workspace-context";
import { MarkText } from "./option-mark";
import questionText from "./question-text.module.css";
import type { InputProps } from "./types";
import styles from "./evidence-input.module.css";

/**
 * Find the evidence: the claim, a button that turns the chunk's sentences
 * into toggles (choose in the text itself), and the sentences chosen so far.
 */
export function EvidenceInput({ question, value, onChange, disabled, feedback }: InputProps<"evidence">) {
  const workspace = useWorkspace();
  const chosen = value.sentenceIds ?? [];
  const active = workspace.activeEvidence?.questionId === question.id;
  const keys = feedback && "sentenceIds" in feedback.key ? feedback.key.sentenceIds : null;

  return (
    <div className="evidence-input">
      <p className={questionText.statement}>
        <span className={styles.claimLabel}>Claim: </span>
        {question.claim}
      </p>
      {disabled ? null : (
        <button
          type="button"
          className={active ? styles.toggle : `${styles.toggle} secondary`}
          aria-pressed={active}
          onClick={() => workspace.setActiveEvidence(active ? null : question.id)}
          data-evidence-toggle={question.id}
        >
          {active ? "Done choosing sentences" : chosen.length > 0 ? "Change the sentences in the text" : "Choose sentences in the text"}
        </button>
      )}
      {chosen.length > 0 ? (
        <>
          <p className={questionText.subPrompt}>{disabled ? "You chose:" : "Chosen so far:"}</p>
          <ul className={styles.sentences}>
            {chosen.map((id) => {
              const right = keys ? keys.includes(id) : null;
              return (
                <li key={id}>
                  <q>{workspace.sentenceText(id)}</q>
                  {right === null ? null : (
                    <MarkText mark={right ? "chosen-right" : "chosen-wrong"}>
                      {right ? "✓ Supports the claim" : (feedback?.acceptableSentenceIds ?? []).includes(id) ? "Related, not needed" : "✗ Not evidence for this claim"}
                    </MarkText>
                  )}
                  {disabled ? null : (
                    <button type="button" className={styles.remove} onClick={() => onChange({ sentenceIds: chosen.filter((s) => s !== id) })}>
                      Remove<span className="visually-hidden"> this sentence</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className={questionText.hint} data-unspoken>
          {active ? "Select sentences in the text above; they appear here." : "No sentence chosen yet."}
        </p>
      )}
    </div>
  );
}
