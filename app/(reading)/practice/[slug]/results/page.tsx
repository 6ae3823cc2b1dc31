import type { Metadata } from "next";
import { PracticeClosed } from "@/components/reading/practice-closed";
import { ReadingResultsPage } from "@/components/reading/results-page";
import { practiceClosureFor, readingSessionFor } from "@/lib/reading/route-session";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await readingSessionFor("practice", (await params).slug);
  return { title: `Results · ${session.reading.title}` };
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  const closure = await practiceClosureFor(slug);
  const session = await readingSessionFor("practice", slug);
  if (closure) return <PracticeClosed title={session.reading.title} closure={closure} />;
  return <ReadingResultsPage session={session} />;
}
