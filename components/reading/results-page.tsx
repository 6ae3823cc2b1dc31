import { redirect } from "next/navigation";
import { paragraphLinks } from "@/lib/reading/links";
import { getReadingResults } from "@/lib/reading/results";
import type { ReadingSession } from "@/lib/reading/session";
import { ReadingResults } from "./reading-results";

/** The results of the latest attempt; before any attempt there is nothing to show but the start page. */
export async function ReadingResultsPage({ session }: { session: ReadingSession }) {
  if (!session.attempt) redirect(session.basePath);
  const results = await getReadingResults({ ...session, attempt: session.attempt });
  return <ReadingResults results={results} paragraphLinks={paragraphLinks(session.basePath, session.reading.chunks)} />;
}
