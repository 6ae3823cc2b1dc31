import { z } from "zod";
import { suggestGlossaryTerms } from "@/lib/authoring/glossary/suggest";
import { route } from "@/lib/http/route";

/** About 8,000 words: a long article. The browser sends it with keepalive, whose bodies may not pass 64 KiB. */
const MAX_TEXT = 50_000;

const bodySchema = z.strictObject({
  text: z.string().trim().min(1, "There is no text to look for words in yet.").max(MAX_TEXT, `The text is too long to search: at most ${MAX_TEXT.toLocaleString("en")} characters.`),
  /** The glossary's terms and aliases so far: their words are not suggested again. */
  glossaryTerms: z.array(z.string().max(200)).max(500).default([]),
});

/** Rare words of a reading being written, with WordNet's senses, for its glossary. */
export const POST = route({ roles: ["teacher"], body: bodySchema, reply: "json" }, async ({ body }) => ({
  suggestions: await suggestGlossaryTerms(body.text, { glossaryTerms: body.glossaryTerms }),
}));
