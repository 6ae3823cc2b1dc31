import type { Metadata } from "next";
import { ReadingStepPage } from "@/components/reading/step-page";
import { readingSessionFor } from "@/lib/reading/route-session";

type Props = { params: Promise<{ slug: string; stepId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await readingSessionFor("practice", (await params).slug);
  return { title: session.reading.title };
}

export default async function Page({ params }: Props) {
  const { slug, stepId } = await params;
  return <ReadingStepPage session={await readingSessionFor("practice", slug)} stepId={stepId} />;
}
