import type { Metadata } from "next";
import Link from "next/link";
import { ReadingFacts } from "@/components/reading/reading-facts";
import { requireUser } from "@/lib/auth/current-user";
import { listPracticeReadings } from "@/lib/reading/practice";
import styles from "./practice.module.css";

export const metadata: Metadata = { title: "Practice" };

/** Self-study: every published reading anyone may read, with immediate feedback and no deadlines. */
export default async function PracticePage() {
  const readings = await listPracticeReadings(await requireUser());
  return (
    <div className="reading-shell">
      <header className="reading-intro">
        <h1>Practice</h1>
        <p className="dek">Read on your own, answer as you go and see at once how you did. Nothing here is graded by a teacher.</p>
      </header>
      {readings.length === 0 ? (
        <p>No readings are open for self-study yet.</p>
      ) : (
        <ul className={styles.list}>
          {readings.map((reading) => (
            <li key={reading.slug} className="card">
              <h2>
                <Link href={`/practice/${reading.slug}`} prefetch={false}>
                  {reading.title}
                </Link>
              </h2>
              {reading.dek ? <p>{reading.dek}</p> : null}
              <p className="muted">
                {reading.author} ·{" "}
                {reading.closedBy
                  ? "Closed while your assignment of it is open"
                  : reading.finished
                    ? "Finished"
                    : reading.answered > 0
                      ? `${reading.answered} answered`
                      : "Not started"}
              </p>
              <ReadingFacts facts={reading.facts} brief />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
