import type { Metadata } from "next";
import { PreviewBanner } from "@/components/reading/preview-banner";
import { ReadingResultsPage } from "@/components/reading/results-page";
import { readingSessionFor } from "@/lib/reading/route-session";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await readingSessionFor("preview", (await params).assignmentId);
  return { title: `Preview results · ${session.reading.title}` };
}

export default async function Page({ params }: Props) {
  const { assignmentId } = await params;
  return (
    <>
      <PreviewBanner assignmentId={assignmentId} />
      <ReadingResultsPage session={await readingSessionFor("preview", assignmentId)} />
    </>
  );
}
