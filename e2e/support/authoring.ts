/**
 * The reading the authoring tests write: a pasted 2,000-word article, the
 * details, chunk titles and prompts a teacher gives it, and twelve single
 * choice questions. The full walk (e2e/authoring.spec.ts) types these into
 * the editor; the tests of one stage each start from `seedDraft`, the same
 * draft put straight into the test server's database, so they need not walk
 * there first.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ReadingDraft } from "../../lib/authoring/draft";
import { addQuestion } from "../../lib/authoring/questions/edit";
import { newQuestion } from "../../lib/authoring/questions/new-question";
import { slugFromTitle } from "../../lib/authoring/slug";
import { importArticle } from "../../lib/content/import";
import type { Question } from "../../lib/content/schema";
import { createDatabase } from "../../lib/db/client";

export const ARTICLE = fs.readFileSync(path.join(import.meta.dirname, "..", "fixtures", "floodplain-article.txt"), "utf8");
export const TITLE = "What the River Remembers";
export const QUESTION_COUNT = 12;

export const DETAILS = {
  sourceUrl: "https://example.org/harbor-ledger/what-the-river-remembers",
  attribution: "Mara Lindqvist, “What the River Remembers,” The Harbor Ledger, March 3, 2025.",
  classroomNote: "An original article written for closeread's tests; free to use.",
};

export const chunkTitle = (index: number) => `Part ${index + 1} of the river's story`;
export const chunkPrompt = (index: number) => `What changes for the town in part ${index + 1}?`;
/** Question `n` (from 1) goes to chunk (n - 1) mod the chunk count. */
export const questionPrompt = (n: number) => `Question ${n}: what does this part of the article suggest about the town and its river?`;
/** Three options, each with the reason shown to the student; the first is the key (the editor's template keys its first option). */
export const OPTIONS = [
  ["It gave the river its room.", "Yes: the paragraph says the town gave the low ground back."],
  ["It built its levee higher still.", "The paragraph says the town chose not to raise the levee."],
  ["It moved the whole town uphill.", "Only the low ground was bought; the town stayed where it was."],
] as const;
export const EXPLANATION = "The first paragraph of this part says what the town did with its floodplain.";

/** The article as "Start editing" makes it a draft (the author bio left out, as the importer does). */
function importedDraft(): ReadingDraft {
  const { reading } = importArticle(ARTICLE, { slug: "draft" });
  return { reading, questions: [] };
}

/** The imported draft with everything the full walk writes into it. */
function finishedDraft(): ReadingDraft {
  const { reading } = importedDraft();
  Object.assign(reading, DETAILS);
  reading.chunks = reading.chunks.map((chunk, i) => ({ ...chunk, title: chunkTitle(i), readFor: chunkPrompt(i) }));
  let questions: Question[] = [];
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    const chunkId = reading.chunks[(n - 1) % reading.chunks.length]!.id;
    const template = newQuestion("single_choice", { reading, chunkId, stage: "chunk", questions });
    if (template.type !== "single_choice") throw new Error("newQuestion gave another type");
    const options = OPTIONS.map(([text, feedback], i) => ({ ...template.options[i]!, text, feedback }));
    questions = addQuestion(questions, reading, { ...template, prompt: questionPrompt(n), options, answer: options[0]!.id, explanation: EXPLANATION });
  }
  return { reading, questions };
}

/**
 * A draft of the article owned by the teacher, as imported or (`finished`)
 * ready to publish, under a slug no other test uses. Returns its id.
 */
export async function seedDraft(teacherEmail: string, { finished }: { finished: boolean }): Promise<string> {
  const draft = finished ? finishedDraft() : importedDraft();
  draft.reading.slug = `${slugFromTitle(TITLE)}-${randomBytes(3).toString("hex")}`;
  const database = createDatabase(process.env.E2E_DATABASE_URL);
  try {
    const teacher = await database.user.findUniqueOrThrow({ where: { email: teacherEmail }, select: { id: true } });
    const row = await database.readingDraft.create({ data: { ownerId: teacher.id, slug: draft.reading.slug, draftJson: JSON.stringify(draft) }, select: { id: true } });
    return row.id;
  } finally {
    await database.$disconnect();
  }
}
