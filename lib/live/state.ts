/**
 * The live lesson's state machine, without the database: what the class
 * sees (a chunk to read, its questions, a discussion) and which command the
 * teacher may give next. Pure, so the rules are tested on their own.
 */
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { jsonColumn } from "@/lib/db/json-column";
import { LivePhase, LiveSessionStatus } from "@/lib/generated/prisma/enums";

export type Phase = LivePhase;

/** Shown on the projector when the teacher opens a discussion without typing a prompt. */
export const DEFAULT_DISCUSSION_PROMPT = "Which option would the author reject, and why?";

export const DISCUSSION_PROMPT_MAX = 300;

/** What every screen in the lesson may know: no names, no answers, no keys. */
export type LiveState = {
  sessionId: string;
  status: LiveSessionStatus;
  /** 0-based index of the released chunk. */
  chunkIndex: number;
  chunkCount: number;
  phase: Phase;
  /** The class's answer distribution is on the projector. */
  revealed: boolean;
  discussionPrompt: string | null;
  seq: number;
};

const liveStateSchema = z.strictObject({
  sessionId: z.string(),
  status: z.enum(LiveSessionStatus),
  chunkIndex: z.number().int().nonnegative(),
  chunkCount: z.number().int().nonnegative(),
  phase: z.enum(LivePhase),
  revealed: z.boolean(),
  discussionPrompt: z.string().nullable(),
  seq: z.number().int().nonnegative(),
}) satisfies z.ZodType<LiveState>;

/** LiveEvent.payload: the state after the event. */
export const liveEventPayloadColumn = jsonColumn("LiveEvent.payload", liveStateSchema);

export const liveCommandSchema = z.discriminatedUnion("command", [
  z.object({ command: z.literal("show-questions") }),
  z.object({ command: z.literal("next-chunk") }),
  z.object({ command: z.literal("reveal"), revealed: z.boolean() }),
  z.object({
    command: z.literal("discuss"),
    prompt: z.string().trim().max(DISCUSSION_PROMPT_MAX, `Keep the prompt under ${DISCUSSION_PROMPT_MAX} characters.`).optional(),
  }),
  z.object({ command: z.literal("end") }),
]);

export type LiveCommand = z.infer<typeof liveCommandSchema>;

/** The state after the teacher's command, or a "conflict" when the lesson is not where the command makes sense. */
export function applyCommand(state: LiveState, command: LiveCommand): LiveState {
  if (state.status === "ended") throw new AppError("conflict", "This live lesson has ended.");
  const next = { ...state, seq: state.seq + 1 };
  switch (command.command) {
    case "show-questions":
      if (state.phase !== "reading") throw new AppError("conflict", "The questions on this part are already open.");
      return { ...next, phase: "questions" };
    case "next-chunk":
      if (state.chunkIndex + 1 >= state.chunkCount) throw new AppError("conflict", "This is the last part of the reading.");
      return { ...next, chunkIndex: state.chunkIndex + 1, phase: "reading", revealed: false, discussionPrompt: null };
    case "reveal":
      if (state.phase === "reading") throw new AppError("conflict", "Open the questions before showing the class's answers.");
      return { ...next, revealed: command.revealed };
    case "discuss":
      return { ...next, phase: "discussion", discussionPrompt: command.prompt || DEFAULT_DISCUSSION_PROMPT };
    case "end":
      return { ...next, status: "ended" };
  }
}

/** What a student who answered everything released so far sees: a calm wait, not a spinner. */
export function isWaitingForTeacher(state: LiveState, answeredAllReleased: boolean): boolean {
  return state.status === "active" && state.phase !== "reading" && answeredAllReleased;
}
