/** npm run db:seed: loads the demo data into DATABASE_URL (the embedded SQLite file by default). */
import { createDatabase } from "../lib/db/client";
import { databaseUrl, isLocalDatabase } from "../lib/db/config";
import { DEMO_CLASS, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER, DEMO_LEARNER, seedDemo } from "../lib/db/seed";
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
    const readings = listReadings().filter((reading) => reading.published);
    await seedDemo(database, readings.map((reading) => reading.slug));
  } finally {
    await database.$disconnect();
  }
  console.log(`Demo data ready.
  Teacher:            ${DEMO_TEACHER.email} / ${DEMO_PASSWORD}
  Self-study learner: ${DEMO_LEARNER.email} / ${DEMO_PASSWORD}
  Students:           ${DEMO_STUDENTS.map((s) => s.username).join(", ")} / ${DEMO_PASSWORD}
  Class join code:    ${DEMO_CLASS.joinCode}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
