import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./table-links.module.css";

/**
 * The order a table is in, and a link for each other order, above the table:
 * its sortable headings are hidden where the rows stack on small screens.
 */
export function SortLinks({
  label,
  sortedBy,
  direction,
  links,
}: {
  /** The navigation's name, e.g. "Sort the students". */
  label: string;
  sortedBy: string;
  direction: "asc" | "desc";
  links: { href: string; text: ReactNode }[];
}) {
  return (
    <nav className={styles.sort} aria-label={label}>
      <span>
        Sorted by <strong>{sortedBy}</strong> ({direction === "asc" ? "ascending" : "descending"}). Sort by:
      </span>
      {links.map((link) => (
        <Link key={link.href} href={link.href}>
          {link.text}
        </Link>
      ))}
    </nav>
  );
}
