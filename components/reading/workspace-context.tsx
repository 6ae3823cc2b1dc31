"use client";
import { createContext, useContext } from "react";

/**
 * What the chunk text and the questions of one step share: which evidence
 * question (if any) is choosing sentences in the text, the text of each
 * sentence, and where "Show me in the text" goes for a paragraph.
 */
export type ActiveEvidence = { questionId: string; number: number; claim: string };

export type Workspace = {
  activeEvidence: ActiveEvidence | null;
  /** Starts or stops choosing sentences for an evidence question. */
  setActiveEvidence: (questionId: string | null) => void;
  selectedSentences: readonly string[];
  toggleSentence: (sentenceId: string) => void;
  sentenceText: (sentenceId: string) => string;
  /** "#p07" on the chunk holding it, else a link to that chunk's page. */
  paragraphHref: (paragraphId: string) => string;
};

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useWorkspace outside a StepWorkspace");
  return workspace;
}
