import { ColumnHeader, DataTable, NumberCell } from "@/components/table/data-table";
import type { ReadingMastery } from "@/lib/review/progress";
import { formatPercent } from "./format";
import styles from "./review.module.css";

/** One reading's mastery by skill: a bar per skill, and the same figures as a table. */
export function MasteryChart({ reading }: { reading: ReadingMastery }) {
  const headingId = `mastery-${reading.readingSlug}`;
  return (
    <section aria-labelledby={headingId} className={styles.chart}>
      <h3 id={headingId}>{reading.title}</h3>
      <ul className={styles.skillList}>
        {reading.skills.map((skill) => (
          <li key={skill.skill} className={styles.skillRow}>
            <span className={styles.skillLabel}>{skill.label}</span>
            <svg className={styles.skillBar} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
              <rect className={styles.skillTrack} width="100" height="10" />
              <rect className={styles.skillFill} width={skill.mastery * 100} height="10" />
            </svg>
            <span className={styles.skillValue}>{formatPercent(skill.mastery)}</span>
          </li>
        ))}
      </ul>
      <DataTable fold={<>{reading.title}: mastery as a table</>} caption={<>Mastery by skill in {reading.title}</>}>
        <thead>
          <tr>
            <ColumnHeader>Skill</ColumnHeader>
            <ColumnHeader numeric>Questions answered</ColumnHeader>
            <ColumnHeader numeric>Mastery</ColumnHeader>
          </tr>
        </thead>
        <tbody>
          {reading.skills.map((skill) => (
            <tr key={skill.skill}>
              <th scope="row">{skill.label}</th>
              <NumberCell label="Questions answered">{skill.questions}</NumberCell>
              <NumberCell label="Mastery">{formatPercent(skill.mastery)}</NumberCell>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
