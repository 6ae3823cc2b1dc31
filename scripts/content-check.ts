/**
 * npm run content:check [-- --json]
 *
 * Validates every reading folder under the content directory (CONTENT_DIR or
 * ./content). Prints each problem as `content/<slug>/<file>: <id>: <message>`
 * and exits 1 if there is any. Cues (lib/content/cues.ts) are printed as
 * `warning: content/<slug>/questions.json: <ids>: <message>` and never fail
 * the check. With --json, prints one JSON object instead:
 * { readings: [{ slug, paragraphs, chunks, questions, byType, bySkill, profile, cues }], errors: [...] }.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { findCues } from "../lib/content/cues";
import { formatIssue, loadContent, type LoadedReading } from "../lib/content/load";
import { questionWords, readingProfile } from "../lib/content/profile";
import type { Question } from "../lib/content/schema";

function summary({ reading, questions }: LoadedReading) {
  const countBy = (key: (question: Question) => string) => {
    const counts: Record<string, number> = {};
    for (const question of questions) counts[key(question)] = (counts[key(question)] ?? 0) + 1;
    return counts;
  };
  const { warnings, ...cues } = findCues(reading, questions);
  return {
    slug: reading.slug,
    paragraphs: reading.paragraphs.length,
    chunks: reading.chunks.length,
    questions: questions.length,
    byType: countBy((q) => q.type),
    bySkill: countBy((q) => q.skill),
    profile: { ...readingProfile(reading, questions), questionWords: questionWords(questions) },
    cues: { ...cues, warnings: warnings.map(({ rule, ids }) => ({ rule, ids })) },
  };
}

function main(): number {
  const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
  const content = loadContent();
  const errors = content.issues.map((issue) => formatIssue(content.dir, issue));

  if (values.json) {
    console.log(JSON.stringify({ readings: content.readings.map(summary), errors }));
  } else {
    for (const error of errors) console.error(error);
    let warnings = 0;
    for (const { reading, questions } of content.readings) {
      const file = path.relative(process.cwd(), path.join(content.dir, reading.slug, "questions.json"));
      for (const warning of findCues(reading, questions).warnings) {
        console.error(`warning: ${file}: ${warning.ids.join(", ")}: ${warning.message}`);
        warnings++;
      }
    }
    const readings = content.readings.length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    console.log(`${plural(readings, "reading")} checked, ${plural(errors.length, "error")}, ${plural(warnings, "warning")}`);
  }
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main();
