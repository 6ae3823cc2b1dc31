import type { Metadata } from "next";
import { LinkLmsForm } from "@/components/lti/link-lms-form";

export const metadata: Metadata = { title: "Use your closeread account from your course" };

/** Opened from the LMS launch page with a one-time ticket: the person signs in to their own account to link it. */
export default async function LinkLmsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ticket } = await searchParams;
  return (
    <div className="page-narrow">
      <h1 id="link-lms-heading">Use your closeread account from your course</h1>
      <div className="card form-card">
        {typeof ticket === "string" && ticket ? (
          <LinkLmsForm ticket={ticket} />
        ) : (
          <p role="alert">This page needs the link from your course. Open the activity again from your course.</p>
        )}
      </div>
    </div>
  );
}
