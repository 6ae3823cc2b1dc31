import type { Metadata } from "next";
import { ReadingResultsPage } from "@/components/reading/results-page";
import { readerFor } from "@/lib/reading/page-reader";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reader = await readerFor("assignment", (await params).assignmentId);
  return { title: `Results · ${reader.reading.title}` };
}

export default async function Page({ params }: Props) {
  return <ReadingResultsPage reader={await readerFor("assignment", (await params).assignmentId)} />;
}
