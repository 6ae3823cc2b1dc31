import type { ReadingFacts as Facts } from "@/lib/content/facts";
import { LICENCE_LABELS, QUESTION_TYPE_LABELS, SKILL_LABELS } from "@/lib/content/labels";
import styles from "./reading-facts.module.css";

const number = new Intl.NumberFormat("en-US");

type Fact = { term: string; detail: string };

/**
 * What a reader or a teacher looks at before choosing a text. `brief` keeps
 * to length, level and questions; the full form adds what the bank covers and
 * whose text it is.
 */
function factsOf(facts: Facts, brief: boolean): Fact[] {
  const core = facts.core.questions > 0 ? `; a core set of ${facts.core.questions}, about ${facts.core.minutes} min with the reading` : "";
  const list: Fact[] = [
    { term: "Length", detail: `${number.format(facts.words)} words, about ${facts.readingMinutes} min to read (at 200 words a minute)` },
    { term: "Reading level", detail: `Flesch–Kincaid grade ${facts.gradeLevel.toFixed(1)}` },
    { term: "Questions", detail: `${facts.questions}${core}` },
  ];
  if (brief) return list;
  list.push(
    { term: "Skills", detail: facts.skills.map((skill) => SKILL_LABELS[skill]).join(", ") },
    { term: "Question types", detail: facts.types.map((type) => QUESTION_TYPE_LABELS[type]).join(", ") },
  );
  if (facts.rights) list.push({ term: "Rights", detail: `${facts.rights.holder}. ${LICENCE_LABELS[facts.rights.licence]}.` });
  return list;
}

export function ReadingFacts({ facts, brief = false }: { facts: Facts; brief?: boolean }) {
  return (
    <dl className={styles.facts}>
      {factsOf(facts, brief).map(({ term, detail }) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The same facts as lines of phrasing content, for places that take nothing else (a radio button's label). */
export function ReadingFactsInline({ facts }: { facts: Facts }) {
  return (
    <span className={styles.inline}>
      {factsOf(facts, false).map(({ term, detail }) => (
        <span key={term}>
          {term}: {detail}
        </span>
      ))}
    </span>
  );
}
