import type { Metadata } from "next";
import { PracticeClosed } from "@/components/reading/practice-closed";
import { ReadingStart } from "@/components/reading/reading-start";
import { getReadingOverview } from "@/lib/reading/overview";
import { practiceClosureFor, readerFor } from "@/lib/reading/page-reader";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reader = await readerFor("practice", (await params).slug);
  return { title: reader.reading.title };
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  const closure = await practiceClosureFor(slug);
  const reader = await readerFor("practice", slug);
  if (closure) return <PracticeClosed title={reader.reading.title} closure={closure} />;
  return <ReadingStart overview={await getReadingOverview(reader)} />;
}
