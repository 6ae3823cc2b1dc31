/**
 * npm run content:import -- <raw.txt> --slug <slug> [--out content] [--force]
 *
 * Writes a draft reading folder from an article's raw text: reading.json and
 * import-report.json. An existing reading.json is never overwritten without
 * --force; the draft goes next to it as reading.draft.json instead.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importArticle, REMOVAL_REASONS } from "../lib/content/import";

const usage = "usage: npm run content:import -- <raw.txt> --slug <slug> [--out content] [--force]";

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: "string" },
      out: { type: "string", default: "content" },
      force: { type: "boolean", default: false },
    },
  });
  const [rawFile] = positionals;
  if (!rawFile || !values.slug || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug)) {
    console.error(`slug "${values.slug}" must be lowercase words joined by -`);
    return 2;
  }

  const { reading, report } = importArticle(fs.readFileSync(rawFile, "utf8"), {
    slug: values.slug,
    source: path.basename(rawFile),
  });

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
  console.log(`removed: ${REMOVAL_REASONS.map((reason) => `${report.counts[reason]} ${reason}`).join(", ")}`);
  if (keepCurated) console.log(`${path.join(folder, "reading.json")} exists and was left alone (--force overwrites it).`);
  console.log(`wrote ${path.relative(process.cwd(), readingFile)} and ${path.relative(process.cwd(), reportFile)}`);
  console.log(`still to curate: ${report.toCurate.join("; ")}`);
  return 0;
}

process.exitCode = main();
