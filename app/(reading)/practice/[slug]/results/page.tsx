import type { Metadata } from "next";
import { PracticeClosed } from "@/components/reading/practice-closed";
import { ReadingResultsPage } from "@/components/reading/results-page";
import { practiceClosureFor, readerFor } from "@/lib/reading/page-reader";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reader = await readerFor("practice", (await params).slug);
  return { title: `Results · ${reader.reading.title}` };
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  const closure = await practiceClosureFor(slug);
  const reader = await readerFor("practice", slug);
  if (closure) return <PracticeClosed title={reader.reading.title} closure={closure} />;
  return <ReadingResultsPage reader={reader} />;
}
