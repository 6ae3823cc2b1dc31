/**
 * npm run bank:import -- <file.zip|file.gift> [--reading <slug>] [--chunk <id>]
 *   [--stage chunk|after-reading] [--skill <skill>] [--difficulty 1|2|3]
 *   [--cites p01,p02] [--out questions.json]
 *
 * Reads a QTI 3.0 package (.zip) or GIFT text into closeread questions and
 * writes them as a questions.json document (to --out, else standard output).
 * The options are defaults for what the file does not say; closeread's own
 * exports say all of it. With --reading, the questions are also checked
 * against that reading (chunks, paragraphs, sentences). Items that cannot be
 * imported are listed on standard error; the exit code is then 1.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { loadContent } from "../lib/content/load";
import { difficultySchema, skillSchema, stageSchema } from "../lib/content/schema";
import { validateQuestions } from "../lib/content/validate";
import type { QuestionMetadata } from "../lib/interop/bank";
import { importGift } from "../lib/interop/gift/import";
import { importQtiPackage } from "../lib/interop/qti/import";

const usage =
  "usage: npm run bank:import -- <file.zip|file.gift> [--reading <slug>] [--chunk <id>] [--stage chunk|after-reading] [--skill <skill>] [--difficulty 1|2|3] [--cites p01,p02] [--out questions.json]";

function defaultsFrom(values: Record<string, string | undefined>): Partial<QuestionMetadata> {
  const defaults: Partial<QuestionMetadata> = {};
  if (values.chunk) defaults.chunkId = values.chunk;
  if (values.stage) defaults.stage = stageSchema.parse(values.stage);
  if (values.skill) defaults.skill = skillSchema.parse(values.skill);
  if (values.difficulty) defaults.difficulty = difficultySchema.parse(Number(values.difficulty));
  if (values.cites) defaults.cites = values.cites.split(",");
  return defaults;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      reading: { type: "string" },
      chunk: { type: "string" },
      stage: { type: "string" },
      skill: { type: "string" },
      difficulty: { type: "string" },
      cites: { type: "string" },
      out: { type: "string" },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  let defaults: Partial<QuestionMetadata>;
  try {
    defaults = defaultsFrom(values);
  } catch {
    console.error(`${usage}\n(--stage, --skill or --difficulty has a value closeread does not know)`);
    return 2;
  }
  let result: ReturnType<typeof importGift>;
  try {
    result = file.endsWith(".zip") ? importQtiPackage(new Uint8Array(fs.readFileSync(file)), defaults) : importGift(fs.readFileSync(file, "utf8"), defaults);
  } catch (error) {
    // An unreadable file, a broken zip, a manifest that is not XML, GIFT with a syntax error.
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  for (const skipped of result.skipped) console.error(`not imported: ${skipped.id}: ${skipped.reason}`);

  let problems = 0;
  if (values.reading) {
    const bank = loadContent().readings.find((loaded) => loaded.reading.slug === values.reading);
    if (!bank) {
      console.error(`no reading "${values.reading}"`);
      return 1;
    }
    const { issues } = validateQuestions(bank.reading, { questions: result.questions });
    for (const issue of issues) console.error(`questions.json: ${issue.id}: ${issue.message}`);
    problems = issues.length;
  }

  const json = `${JSON.stringify({ questions: result.questions }, null, 2)}\n`;
  if (values.out) fs.writeFileSync(values.out, json);
  else process.stdout.write(json);
  console.error(`${result.questions.length} imported, ${result.skipped.length} not imported${values.reading ? `, ${problems} problems against ${values.reading}` : ""}`);
  return result.skipped.length || problems ? 1 : 0;
}

process.exitCode = main();
