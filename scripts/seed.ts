/** npm run db:seed: loads the demo data into DATABASE_URL (the embedded SQLite file by default). */
import { createDatabase } from "../lib/db/client";
import { databaseUrl, isLocalDatabase } from "../lib/db/config";
import { DEMO_ACTIVE_CLASS, DEMO_CLASS, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER, DEMO_LEARNER, seedDemo } from "../lib/db/seed";
import { SIMULATED_STUDENTS } from "../lib/db/demo-activity";
import { listReadings } from "../lib/content/load";

async function main(): Promise<number> {
  const url = databaseUrl();
  if (process.env.NODE_ENV === "production" || !isLocalDatabase(url)) {
    console.error(
      "Refusing to load demo data: this looks like a production database " +
        "(NODE_ENV=production, or a database server other than this machine).",
    );
    return 1;
  }
  const database = createDatabase(url);
  try {
    const readings = (await listReadings()).filter((reading) => reading.published);
    await seedDemo(database, readings.map((reading) => reading.slug));
  } finally {
    await database.$disconnect();
  }
  console.log(`Demo data ready.
  Teacher:            ${DEMO_TEACHER.email} / ${DEMO_PASSWORD}
  Self-study learner: ${DEMO_LEARNER.email} / ${DEMO_PASSWORD}
  Students:           ${DEMO_STUDENTS.map((s) => s.username).join(", ")} / ${DEMO_PASSWORD} (${DEMO_CLASS.name}, join code ${DEMO_CLASS.joinCode})
  A class at work:    ${DEMO_ACTIVE_CLASS.name} (join code ${DEMO_ACTIVE_CLASS.joinCode}): ${SIMULATED_STUDENTS.length} simulated students,
                      e.g. ${SIMULATED_STUDENTS[0]!.username} / ${DEMO_PASSWORD}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
