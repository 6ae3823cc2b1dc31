import type { Metadata } from "next";
import { PracticeClosed } from "@/components/reading/practice-closed";
import { ReadingStepPage } from "@/components/reading/step-page";
import { practiceClosureFor, readingSessionFor } from "@/lib/reading/route-session";

type Props = { params: Promise<{ slug: string; stepId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await readingSessionFor("practice", (await params).slug);
  return { title: session.reading.title };
}

export default async function Page({ params }: Props) {
  const { slug, stepId } = await params;
  const closure = await practiceClosureFor(slug);
  const session = await readingSessionFor("practice", slug);
  // Checked before the step page runs: it would start an attempt and send the chunk.
  if (closure) return <PracticeClosed title={session.reading.title} closure={closure} />;
  return <ReadingStepPage session={session} stepId={stepId} />;
}
