import { redirect } from "next/navigation";
import { paragraphLinks } from "@/lib/reading/links";
import { getReadingResults } from "@/lib/reading/results";
import type { Reader } from "@/lib/reading/reader";
import { ReadingResults } from "./reading-results";

/** The results of the latest attempt; before any attempt there is nothing to show but the start page. */
export async function ReadingResultsPage({ reader }: { reader: Reader }) {
  if (!reader.attempt) redirect(reader.basePath);
  const results = await getReadingResults({ ...reader, attempt: reader.attempt });
  return <ReadingResults results={results} paragraphLinks={paragraphLinks(reader.basePath, reader.reading.chunks)} />;
}
