import Link from "next/link";
import { previewPath } from "@/lib/reading/preview";
import styles from "./assignment-nav.module.css";

export type AssignmentTab = "report" | "grading" | "live";

const TABS: { tab: AssignmentTab; label: string }[] = [
  { tab: "report", label: "Report" },
  { tab: "grading", label: "Grade written answers" },
  { tab: "live", label: "Live progress" },
];

/** The assignment's heading, breadcrumb and the tabs between its dashboards. */
export function AssignmentHeader({
  assignmentId,
  classId,
  className,
  title,
  current,
  children,
}: {
  assignmentId: string;
  classId: string;
  className: string;
  title: string;
  current: AssignmentTab;
  children?: React.ReactNode;
}) {
  const base = `/teach/assignments/${assignmentId}`;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/teach">My classes</Link> › <Link href={`/teach/classes/${classId}`}>{className}</Link> ›{" "}
        <Link href={`/teach/classes/${classId}/overview`}>Overview</Link>
      </p>
      <h1>{title}</h1>
      {children}
      <nav aria-label="Assignment dashboards">
        <ul className={styles.tabs}>
          {TABS.map(({ tab, label }) => (
            <li key={tab}>
              <Link href={`${base}/${tab}`} aria-current={tab === current ? "page" : undefined}>
                {label}
              </Link>
            </li>
          ))}
          <li>
            <Link href={`${base}/settings`}>Settings</Link>
          </li>
          <li>
            <Link href={previewPath(assignmentId)}>Preview as a student</Link>
          </li>
        </ul>
      </nav>
    </>
  );
}
