/**
 * The tiny reading's bank (one question of every type), parsed by the
 * content schemas, with text that every format must escape: XML's < & " and
 * ]]>, GIFT's ~ = # { } : and a backslash.
 */
import { tinyQuestions, tinyReading } from "@/lib/content/__fixtures__/tiny-reading";
import { questionsFileSchema, readingSchema } from "@/lib/content/schema";
import type { QuestionBank } from "../bank";

export const AWKWARD = String.raw`Is 1 < 2 & "x" = {y}: ~a #b ]]> \ ok?`;

export function tinyBank(): QuestionBank {
  const raw = tinyQuestions();
  const single = raw.questions[0] as { prompt: string; options: { text: string; feedback: string }[] };
  single.prompt = AWKWARD;
  single.options[0]!.text = `Option ${AWKWARD}`;
  single.options[1]!.feedback = `Because ${AWKWARD}`;
  return { reading: readingSchema.parse(tinyReading()), questions: questionsFileSchema.parse(raw).questions };
}
