import { ColumnHeader, DataTable, NumberCell } from "@/components/table/data-table";
import type { DayActivity } from "@/lib/review/progress";
import { formatDay } from "./format";
import styles from "./review.module.css";

const BAR = 10;
const GAP = 2;
const HEIGHT = 100;

/** Reviews per day (remembered and forgotten) as a column chart, with the same figures as a table. */
export function ActivityChart({ activity }: { activity: DayActivity[] }) {
  const tallest = Math.max(1, ...activity.map((day) => day.reviews));
  const total = activity.reduce((sum, day) => sum + day.reviews, 0);
  const forgotten = activity.reduce((sum, day) => sum + day.forgotten, 0);
  const activeDays = activity.filter((day) => day.reviews > 0).length;
  const first = activity[0];
  const last = activity.at(-1);
  if (!first || !last) return null;
  const summary =
    total === 0
      ? `No reviews between ${formatDay(first.day)} and ${formatDay(last.day)}.`
      : `${total} reviews on ${activeDays} of the last ${activity.length} days, ${forgotten} of them forgotten. The busiest day had ${tallest}.`;
  const scale = (count: number) => (count / tallest) * HEIGHT;

  return (
    <figure className={styles.chart}>
      <figcaption>
        <h2 id="activity-heading">Reviews, last {activity.length} days</h2>
      </figcaption>
      <svg
        className={styles.chartSvg}
        viewBox={`0 0 ${activity.length * (BAR + GAP)} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby="activity-heading activity-summary"
      >
        {activity.map((day, i) => {
          const x = i * (BAR + GAP) + GAP / 2;
          const rememberedHeight = scale(day.reviews - day.forgotten);
          const forgottenHeight = scale(day.forgotten);
          return (
            <g key={day.day}>
              <rect className={styles.remembered} x={x} width={BAR} y={HEIGHT - rememberedHeight} height={rememberedHeight} />
              <rect className={styles.forgotten} x={x} width={BAR} y={HEIGHT - rememberedHeight - forgottenHeight} height={forgottenHeight} />
            </g>
          );
        })}
      </svg>
      <div className={styles.chartAxis} aria-hidden="true">
        <span>{formatDay(first.day)}</span>
        <span>{formatDay(last.day)}</span>
      </div>
      <p id="activity-summary">{summary}</p>
      <ul className={styles.legend} aria-label="Legend">
        <li>
          <svg className={styles.swatch} viewBox="0 0 10 10" aria-hidden="true">
            <rect className={styles.remembered} width="10" height="10" />
          </svg>
          Remembered
        </li>
        <li>
          <svg className={styles.swatch} viewBox="0 0 10 10" aria-hidden="true">
            <rect className={styles.forgotten} width="10" height="10" />
          </svg>
          Forgotten (rated Again)
        </li>
      </ul>
      <DataTable fold="Reviews per day as a table" caption={<>Reviews per day, last {activity.length} days</>}>
        <thead>
          <tr>
            <ColumnHeader>Day</ColumnHeader>
            <ColumnHeader numeric>Reviews</ColumnHeader>
            <ColumnHeader numeric>Forgotten</ColumnHeader>
          </tr>
        </thead>
        <tbody>
          {activity
            .filter((day) => day.reviews > 0)
            .map((day) => (
              <tr key={day.day}>
                <th scope="row">{formatDay(day.day, true)}</th>
                <NumberCell label="Reviews">{day.reviews}</NumberCell>
                <NumberCell label="Forgotten">{day.forgotten}</NumberCell>
              </tr>
            ))}
          {activeDays === 0 ? (
            <tr>
              <td colSpan={3}>No reviews yet.</td>
            </tr>
          ) : null}
        </tbody>
      </DataTable>
    </figure>
  );
}
