import type { Metadata } from "next";
import { ReadingResultsPage } from "@/components/reading/results-page";
import { readingSessionFor } from "@/lib/reading/route-session";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await readingSessionFor("assignment", (await params).assignmentId);
  return { title: `Results · ${session.reading.title}` };
}

export default async function Page({ params }: Props) {
  return <ReadingResultsPage session={await readingSessionFor("assignment", (await params).assignmentId)} />;
}
