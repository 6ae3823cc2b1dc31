/**
 * npm run db:check-tallies: recounts the report tallies of every assignment
 * from the responses and compares them with what is stored. Prints each
 * difference and exits 1 when there is one, 0 when all agree. Reads only.
 */
import { checkTallies } from "../lib/analytics/tally-check";
import { db } from "../lib/db/client";

const SHOWN = 50;

const { assignments, differences } = await checkTallies(db);
await db.$disconnect();
for (const d of differences.slice(0, SHOWN)) {
  console.log(`${d.table} ${d.row} (assignment ${d.assignmentId}): ${d.field} stored ${d.stored}, recounted ${d.recounted}`);
}
if (differences.length > SHOWN) console.log(`… and ${differences.length - SHOWN} more.`);
console.log(
  differences.length === 0
    ? `The tallies of ${assignments} assignment(s) match a recount.`
    : `${differences.length} difference(s) in ${new Set(differences.map((d) => d.assignmentId)).size} of ${assignments} assignment(s).`,
);
process.exit(differences.length === 0 ? 0 : 1);
