/**
 * npm run content:import -- <file> --slug <slug> [--out content] [--force] [--restore <index>]...
 *
 * Writes a draft reading folder from what a teacher has: a text file, a saved
 * web page (.html), a Word document (.docx) or a PDF with a text layer:
 * reading.json and import-report.json. Prints every block it removed with its
 * index; --restore <index> (repeatable) puts that block back as a paragraph.
 * An existing reading.json is never overwritten without --force; the draft
 * goes next to it as reading.draft.json instead.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ImportFileError, importFile } from "../lib/content/extract";
import { REMOVAL_LABELS, REMOVAL_REASONS, restore, type ImportResult } from "../lib/content/import";

const usage = "usage: npm run content:import -- <file.txt|.html|.docx|.pdf> --slug <slug> [--out content] [--force] [--restore <index>]...";
const PREVIEW_CHARS = 90;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: "string" },
      out: { type: "string", default: "content" },
      force: { type: "boolean", default: false },
      restore: { type: "string", multiple: true, default: [] },
    },
  });
  const [sourceFile] = positionals;
  if (!sourceFile || !values.slug || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug)) {
    console.error(`slug "${values.slug}" must be lowercase words joined by -`);
    return 2;
  }
  const restoreIndexes = values.restore.map(Number);
  if (restoreIndexes.some((index) => !Number.isInteger(index))) {
    console.error(`--restore takes the index of a removed block, as listed under "removed"`);
    return 2;
  }

  let result: ImportResult;
  try {
    result = await importFile({ name: path.basename(sourceFile), bytes: fs.readFileSync(sourceFile) }, { slug: values.slug });
    for (const index of restoreIndexes) result = restore(result, index);
  } catch (error) {
    if (!(error instanceof ImportFileError) && !(error instanceof Error && /no removed block/.test(error.message))) throw error;
    console.error(`${sourceFile}: ${error.message}`);
    return 1;
  }
  const { reading, report } = result;

  const folder = path.resolve(values.out, values.slug);
  fs.mkdirSync(folder, { recursive: true });
  const keepCurated = fs.existsSync(path.join(folder, "reading.json")) && !values.force;
  const suffix = keepCurated ? ".draft.json" : ".json";
  const readingFile = path.join(folder, `reading${suffix}`);
  const reportFile = path.join(folder, `import-report${suffix}`);
  fs.writeFileSync(readingFile, `${JSON.stringify(reading, null, 2)}\n`);
  fs.writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);

  const { recovered } = report;
  console.log(`${recovered.title || "(no title found)"} by ${recovered.author || "(no author found)"} (author from ${recovered.authorFrom})`);
  console.log(`${report.paragraphs} paragraphs, ${report.sentences} sentences, ${report.words} words`);
  console.log(`removed: ${REMOVAL_REASONS.filter((reason) => report.counts[reason] > 0).map((reason) => `${report.counts[reason]} ${reason}`).join(", ") || "nothing"}`);
  for (const removal of report.removed) {
    const text = removal.text.replace(/\s+/g, " ");
    const preview = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
    console.log(`  [${removal.index}] ${REMOVAL_LABELS[removal.reason]}: ${preview}`);
  }
  if (report.removed.length > 0) console.log(`(--restore <index> puts a removed block back as a paragraph)`);
  if (keepCurated) console.log(`${path.join(folder, "reading.json")} exists and was left alone (--force overwrites it).`);
  console.log(`wrote ${path.relative(process.cwd(), readingFile)} and ${path.relative(process.cwd(), reportFile)}`);
  console.log(`still to curate: ${report.toCurate.join("; ")}`);
  return 0;
}

process.exitCode = await main();
