import Link from "next/link";
import { ButtonForm } from "@/components/forms/button-form";
import { startPreviewOverAction } from "@/lib/reading/preview-actions";
import styles from "./preview-banner.module.css";

/** On every page of a teacher's "preview as a student": that nothing counts, the way back, and "Start over". */
export function PreviewBanner({ assignmentId }: { assignmentId: string }) {
  return (
    <aside className={styles.banner} aria-labelledby="preview-banner-title">
      <p id="preview-banner-title">
        <strong>Preview: nothing you answer here counts.</strong> You see this assignment as its students do.
      </p>
      <p>
        <Link href={`/teach/assignments/${assignmentId}/report`}>Back to the report</Link>
      </p>
      <ButtonForm
        action={startPreviewOverAction}
        hidden={{ assignmentId }}
        buttons={[{ label: "Start over" }]}
        label="Start the preview over"
        confirm="Clear your answers in this preview and start over?"
      />
    </aside>
  );
}
