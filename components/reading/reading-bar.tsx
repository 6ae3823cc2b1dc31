import Link from "next/link";
import { ComfortToolbar } from "./comfort-toolbar";
import styles from "./reading-bar.module.css";

/** The top of every reading page: the way back to the reading's start page, and the reading tools. */
export function ReadingBar({ title, href, current, readAloudTarget }: { title: string; href: string; current?: string; readAloudTarget?: string }) {
  return (
    <div className={styles.bar}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <ol>
          <li>
            <Link href={href} prefetch={false}>
              {title}
            </Link>
          </li>
          {current ? (
            <li>
              <span aria-current="page">{current}</span>
            </li>
          ) : null}
        </ol>
      </nav>
      <ComfortToolbar readAloudTarget={readAloudTarget} />
    </div>
  );
}
