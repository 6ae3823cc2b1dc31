import type { Metadata } from "next";
import { PracticeClosed } from "@/components/reading/practice-closed";
import { ReadingStepPage } from "@/components/reading/step-page";
import { practiceClosureFor, readerFor } from "@/lib/reading/page-reader";

type Props = { params: Promise<{ slug: string; stepId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reader = await readerFor("practice", (await params).slug);
  return { title: reader.reading.title };
}

export default async function Page({ params }: Props) {
  const { slug, stepId } = await params;
  const closure = await practiceClosureFor(slug);
  const reader = await readerFor("practice", slug);
  // Checked before the step page runs: it would start an attempt and send the chunk.
  if (closure) return <PracticeClosed title={reader.reading.title} closure={closure} />;
  return <ReadingStepPage reader={reader} stepId={stepId} />;
}
