/**
 * npm run bank:export -- <slug> --format qti|moodle-xml|gift [--out .]
 *
 * Writes one reading's questions as a QTI 3.0 package, Moodle XML or GIFT
 * (docs/interop.md) and prints the export report: what went over whole,
 * what changed on the way, what the format cannot hold.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatIssue, loadContent } from "../lib/content/load";
import { exportFile, interopFormatSchema } from "../lib/interop/files";
import { reportText } from "../lib/interop/report";

const usage = "usage: npm run bank:export -- <slug> --format qti|moodle-xml|gift [--out .]";

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { format: { type: "string" }, out: { type: "string", default: "." } },
  });
  const format = interopFormatSchema.safeParse(values.format);
  if (positionals.length !== 1 || !format.success) {
    console.error(usage);
    return 2;
  }
  const content = loadContent();
  const slug = positionals[0]!;
  const bank = content.readings.find((loaded) => loaded.reading.slug === slug);
  const problems = content.issues.filter((issue) => issue.folder === slug);
  if (!bank || problems.length) {
    console.error(problems.length ? problems.map((issue) => formatIssue(content.dir, issue)).join("\n") : `no reading "${slug}" in ${content.dir}`);
    return 1;
  }
  const file = exportFile(bank, format.data);
  fs.mkdirSync(values.out, { recursive: true });
  const target = path.join(values.out, file.filename);
  fs.writeFileSync(target, file.body);
  console.log(`wrote ${target}`);
  console.log(reportText(file.report, bank.reading.title));
  return 0;
}

process.exitCode = main();
