import Link from "next/link";
import { type ReactNode, useId } from "react";
import styles from "./data-table.module.css";

export type SortDirection = "ascending" | "descending";

/**
 * A data table in a scrolling box. The box is a labelled region that takes
 * focus (named by the caption), so a keyboard user can scroll a table wider
 * than a 360 px screen. `stacked` turns each row into a block of
 * "label: value" lines on narrow screens instead (each cell's `data-label`),
 * headed by the row's `<th scope="row">`; `numeric` sets every figure in
 * tabular digits so columns line up.
 */
export function DataTable({
  caption,
  captionHidden = true,
  stacked = false,
  numeric = false,
  fold,
  className,
  id,
  children,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  stacked?: boolean;
  numeric?: boolean;
  /** The disclosure's summary, e.g. "Show as a table": the table starts folded. */
  fold?: ReactNode;
  /** The table's own look (a heatmap, a compact list), from the caller's CSS module. */
  className?: string;
  id?: string;
  /** The thead and tbody elements. */
  children: ReactNode;
}) {
  const captionId = useId();
  const classes = [stacked && styles.stacked, numeric && styles.numeric, className].filter(Boolean).join(" ");
  const table = (
    <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={classes || undefined} id={id}>
        <caption id={captionId} className={captionHidden ? "visually-hidden" : styles.caption}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
  return fold === undefined ? (
    table
  ) : (
    <details className={styles.fold}>
      <summary>{fold}</summary>
      {table}
    </details>
  );
}

/**
 * A column heading. With `sort`, its text is a link that asks the server for
 * the table in that order (so sorting works without script); the column the
 * table is sorted by says so with aria-sort and an arrow.
 */
export function ColumnHeader({
  children,
  sort,
  numeric = false,
  hidden = false,
}: {
  children: ReactNode;
  sort?: { href: string; direction?: SortDirection };
  numeric?: boolean;
  /** Visually hidden (a column of actions): still read out. */
  hidden?: boolean;
}) {
  const content = hidden ? <span className="visually-hidden">{children}</span> : children;
  return (
    <th scope="col" aria-sort={sort?.direction} className={numeric ? styles.number : undefined}>
      {sort ? (
        <Link className={styles.sortLink} href={sort.href}>
          {content}
          {sort.direction ? <span aria-hidden="true">{sort.direction === "ascending" ? " ▲" : " ▼"}</span> : null}
        </Link>
      ) : (
        content
      )}
    </th>
  );
}

/** A cell holding a figure: tabular digits, aligned right under its (numeric) heading on wide screens. */
export function NumberCell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td data-label={label} className={styles.number}>
      {children}
    </td>
  );
}

/** The aria-sort value of a direction as the URLs spell it. */
export function ariaSort(direction: "asc" | "desc"): SortDirection {
  return direction === "asc" ? "ascending" : "descending";
}
