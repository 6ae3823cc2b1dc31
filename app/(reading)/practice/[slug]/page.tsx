import type { Metadata } from "next";
import { PracticeClosed } from "@/components/reading/practice-closed";
import { ReadingStart } from "@/components/reading/reading-start";
import { getReadingOverview } from "@/lib/reading/overview";
import { practiceClosureFor, readingSessionFor } from "@/lib/reading/route-session";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await readingSessionFor("practice", (await params).slug);
  return { title: session.reading.title };
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  const closure = await practiceClosureFor(slug);
  const session = await readingSessionFor("practice", slug);
  if (closure) return <PracticeClosed title={session.reading.title} closure={closure} />;
  return <ReadingStart overview={await getReadingOverview(session)} />;
}
