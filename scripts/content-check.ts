/**
 * npm run content:check [-- --json]
 *
 * Validates every reading folder under the content directory (CONTENT_DIR or
 * ./content). Prints each problem as `content/<slug>/<file>: <id>: <message>`
 * and exits 1 if there is any. With --json, prints one JSON object instead:
 * { readings: [{ slug, paragraphs, chunks, questions, byType, bySkill }], errors: [...] }.
 */
import { parseArgs } from "node:util";
import { formatIssue, loadContent, type LoadedReading } from "../lib/content/load";
import type { Question } from "../lib/content/schema";

function summary({ reading, questions }: LoadedReading) {
  const countBy = (key: (question: Question) => string) => {
    const counts: Record<string, number> = {};
    for (const question of questions) counts[key(question)] = (counts[key(question)] ?? 0) + 1;
    return counts;
  };
  return {
    slug: reading.slug,
    paragraphs: reading.paragraphs.length,
    chunks: reading.chunks.length,
    questions: questions.length,
    byType: countBy((q) => q.type),
    bySkill: countBy((q) => q.skill),
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
    const readings = content.readings.length;
    console.log(`${readings} reading${readings === 1 ? "" : "s"} checked, ${errors.length} error${errors.length === 1 ? "" : "s"}`);
  }
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main();
