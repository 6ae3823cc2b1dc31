import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The rows the reports count (lib/tallied/tallies.ts): a write to them
 * anywhere but lib/tallied could forget the tallies, and the reports would
 * drift silently. Prisma model names as the client spells them, and the
 * SQL table names.
 */
const TALLIED_MODELS = "enrollment|attempt|response|gradeRevision|answerTally|questionTally";
const TALLIED_TABLES = "Enrollment|Attempt|Response|GradeRevision|AnswerTally|QuestionTally";
const WRITES = "create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany";
const TALLIED_WRITE_MESSAGE =
  "Enrollments, attempts, responses, grades and tallies change only through lib/tallied (the reports' tallies move with them): call or add a function there.";
const talliedWrites = {
  "no-restricted-syntax": [
    "error",
    // db.attempt.update(...), tx.response.create(...)
    {
      selector: `CallExpression > MemberExpression.callee[property.name=/^(${WRITES})$/] > MemberExpression.object[property.name=/^(${TALLIED_MODELS})$/]`,
      message: TALLIED_WRITE_MESSAGE,
    },
    // A nested write: user.create({ data: { enrollments: { create: ... } } })
    {
      selector: `Property[key.name=/^(enrollments|attempts|responses|gradeRevisions)$/] > ObjectExpression > Property[key.name=/^(${WRITES}|connectOrCreate|set|connect|disconnect)$/]`,
      message: TALLIED_WRITE_MESSAGE,
    },
    // $executeRaw`UPDATE "Attempt" ...`, $executeRawUnsafe("DELETE FROM \"Response\" ...")
    {
      selector: `TaggedTemplateExpression[tag.property.name=/^\\$executeRaw/]:has(TemplateElement[value.raw=/\\b(INSERT|UPDATE|DELETE)\\b[^;]*\\b(${TALLIED_TABLES})\\b/i])`,
      message: TALLIED_WRITE_MESSAGE,
    },
    {
      selector: `CallExpression[callee.property.name=/^\\$executeRaw/]:has(Literal[value=/\\b(INSERT|UPDATE|DELETE)\\b[^;]*\\b(${TALLIED_TABLES})\\b/i])`,
      message: TALLIED_WRITE_MESSAGE,
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: ["**/*.{ts,tsx,js,mjs}"], rules: talliedWrites },
  {
    // Where these writes are allowed. The module itself; the seed and the
    // demo's simulated class, which write in bulk for speed and then
    // recount the tallies (rebuildTallies in lib/db/seed.ts); and test and
    // benchmark fixtures, which set up states directly (or break tallies on
    // purpose, to see the check catch it) and never serve a report.
    files: ["lib/tallied/**", "lib/db/seed.ts", "lib/db/demo-activity.ts", "tests/**", "e2e/**", "bench/**", "**/*.test.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", ".scratch/**", "next-env.d.ts"]),
]);
