import type { Metadata } from "next";
import { ProjectorScreen } from "@/components/live/projector-screen";
import { forPage } from "@/lib/analytics/for-page";
import { requireUser } from "@/lib/auth/current-user";
import { getProjectorView } from "@/lib/live/projector";
import { routeId } from "@/lib/pages";

export const metadata: Metadata = { title: "Projector" };

/** The classroom screen of a live lesson: open it on the projector. */
export default async function ProjectorPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const teacher = await requireUser(["teacher"]);
  const assignmentId = routeId((await params).assignmentId);
  return <ProjectorScreen view={await forPage(getProjectorView(teacher, assignmentId))} />;
}
