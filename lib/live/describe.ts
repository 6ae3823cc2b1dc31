/** Where the lesson is, in words: the status line every live screen announces (politely) when it changes. */
import type { LiveState } from "./state";

export function describeLiveState(state: LiveState): string {
  if (state.status === "ended") return "The live lesson has ended.";
  const part = `Part ${state.chunkIndex + 1} of ${state.chunkCount}`;
  switch (state.phase) {
    case "reading":
      return `${part}: reading.`;
    case "questions":
      return state.revealed ? `${part}: the class's answers are on the board.` : `${part}: questions.`;
    case "discussion":
      return `${part}: class discussion.`;
  }
}
