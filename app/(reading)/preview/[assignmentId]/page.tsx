import type { Metadata } from "next";
import { PreviewBanner } from "@/components/reading/preview-banner";
import { ReadingStart } from "@/components/reading/reading-start";
import { getReadingOverview } from "@/lib/reading/overview";
import { readingSessionFor } from "@/lib/reading/route-session";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await readingSessionFor("preview", (await params).assignmentId);
  return { title: `Preview · ${session.reading.title}` };
}

export default async function Page({ params }: Props) {
  const { assignmentId } = await params;
  const session = await readingSessionFor("preview", assignmentId);
  return (
    <>
      <PreviewBanner assignmentId={assignmentId} />
      <ReadingStart overview={await getReadingOverview(session)} />
    </>
  );
}
