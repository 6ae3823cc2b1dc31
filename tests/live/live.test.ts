import { describe, expect, it } from "vitest";
import { applyCommand, DEFAULT_DISCUSSION_PROMPT, type LiveState } from "@/lib/live/state";
import { describeLiveLessonsInTheDatabase } from "./live-database";

const base: LiveState = { sessionId: "s", status: "active", chunkIndex: 0, chunkCount: 2, phase: "reading", revealed: false, discussionPrompt: null, seq: 1 };

describe("applyCommand", () => {
  it("paces the class: questions after reading, the next chunk resets, a discussion gets the default prompt", () => {
    const questions = applyCommand(base, { command: "show-questions" });
    expect(questions).toMatchObject({ phase: "questions", seq: 2 });
    const revealed = applyCommand(questions, { command: "reveal", revealed: true });
    expect(revealed.revealed).toBe(true);
    const discussion = applyCommand(revealed, { command: "discuss", prompt: "" });
    expect(discussion).toMatchObject({ phase: "discussion", discussionPrompt: DEFAULT_DISCUSSION_PROMPT });
    expect(applyCommand(revealed, { command: "discuss", prompt: "Why now?" }).discussionPrompt).toBe("Why now?");
    expect(applyCommand(discussion, { command: "next-chunk" })).toMatchObject({ chunkIndex: 1, phase: "reading", revealed: false, discussionPrompt: null, seq: 5 });
  });

  it("refuses what makes no sense where the lesson is", () => {
    expect(() => applyCommand(base, { command: "reveal", revealed: true })).toThrow(/questions/);
    expect(() => applyCommand({ ...base, phase: "questions" }, { command: "show-questions" })).toThrow(/already/);
    expect(() => applyCommand({ ...base, chunkIndex: 1 }, { command: "next-chunk" })).toThrow(/last part/);
    expect(() => applyCommand({ ...base, status: "ended" }, { command: "show-questions" })).toThrow(/ended/);
  });
});

describeLiveLessonsInTheDatabase("SQLite");
