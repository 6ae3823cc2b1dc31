import Link from "next/link";
import type { AnswerGrid as Grid, GridMark } from "@/lib/analytics/answer-grid";
import { ColumnHeader, DataTable, NumberCell } from "@/components/table/data-table";
import styles from "./answer-grid.module.css";
import { points } from "./format";

/** Each mark's symbol and words: the colour is never the only sign. */
const MARKS: Record<GridMark, { symbol: string; words: string }> = {
  full: { symbol: "✓", words: "full marks" },
  partial: { symbol: "½", words: "part marks" },
  wrong: { symbol: "✗", words: "no marks" },
  pending: { symbol: "…", words: "awaiting your grade" },
  none: { symbol: "·", words: "not answered" },
};

/**
 * Students × questions for the whole class: a heatmap whose cells carry a
 * symbol as well as a colour (key above it), and the same figures as a plain
 * table of points, folded under it, for anyone who prefers numbers.
 */
export function AnswerGrid({ grid, reportHref }: { grid: Grid; reportHref: string }) {
  if (!grid.students.length) return <p>No students in this class yet.</p>;
  return (
    <>
      <ul className={styles.key} aria-label="Key">
        {(Object.keys(MARKS) as GridMark[]).map((mark) => (
          <li key={mark}>
            <span className={`${styles.cell} ${styles[mark]}`} aria-hidden="true">
              {MARKS[mark].symbol}
            </span>{" "}
            {MARKS[mark].words}
          </li>
        ))}
      </ul>
      <DataTable caption="Each student's result on each question" numeric className={styles.grid}>
        <thead>
          <tr>
            <ColumnHeader>Student</ColumnHeader>
            {grid.questions.map((question) => (
              <ColumnHeader key={question.id}>
                <a href={`#item-${question.id}`}>
                  <span className="visually-hidden">Question </span>
                  {question.number}
                </a>
              </ColumnHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.students.map((student) => (
            <tr key={student.id}>
              <th scope="row">
                <Link href={`${reportHref}/students/${student.id}`}>{student.displayName}</Link>
              </th>
              {student.cells.map((cell, index) => (
                <td key={grid.questions[index]!.id} className={`${styles.cell} ${styles[cell.mark]}`}>
                  <span aria-hidden="true">{MARKS[cell.mark].symbol}</span>
                  <span className="visually-hidden">{MARKS[cell.mark].words}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
      <DataTable fold="The same as a plain table of points" caption="Points each student earned on each question" numeric>
        <thead>
          <tr>
            <ColumnHeader>Student</ColumnHeader>
            {grid.questions.map((question) => (
              <ColumnHeader key={question.id} numeric>
                Q{question.number} <span className="muted">/{points(question.maxScore)}</span>
              </ColumnHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.students.map((student) => (
            <tr key={student.id}>
              <th scope="row">{student.displayName}</th>
              {student.cells.map((cell, index) => (
                <NumberCell key={grid.questions[index]!.id} label={`Q${grid.questions[index]!.number}`}>
                  {cell.mark === "none" ? "—" : cell.score === null ? "to grade" : points(cell.score)}
                </NumberCell>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
