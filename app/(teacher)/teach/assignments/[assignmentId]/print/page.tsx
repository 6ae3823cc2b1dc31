import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PrintedReading } from "@/components/print/printed-reading";
import { PrintButton } from "@/components/teach/print-button";
import { forPage } from "@/lib/analytics/for-page";
import { ownedAssignment } from "@/lib/auth/owned";
import { requireUser } from "@/lib/auth/current-user";
import { inQuestionSet } from "@/lib/assignments/question-set";
import { getFullQuestions } from "@/lib/content/keys";
import { getReading } from "@/lib/content/load";
import { routeId } from "@/lib/pages";

export const metadata: Metadata = { title: "Print the reading" };

const querySchema = z.object({ copy: z.enum(["student", "key"]).catch("student") });

type Props = {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The reading on paper, for a student without a device (?copy=student) or as the teacher's key (?copy=key). */
export default async function PrintAssignmentPage({ params, searchParams }: Props) {
  const teacher = await requireUser(["teacher"]);
  const assignment = await forPage(ownedAssignment(teacher, routeId((await params).assignmentId)));
  const { copy } = querySchema.parse(await searchParams);
  const reading = await getReading(assignment.readingSlug);
  if (!reading) notFound();
  const base = `/teach/assignments/${assignment.id}`;
  return (
    <div className="page">
      <div className="no-print">
        <p className="breadcrumb">
          <Link href={`${base}/report`}>Back to the report</Link>
        </p>
        <p>
          {copy === "key" ? "Teacher's key: keys, reasons, explanations and rubrics. " : "Student copy: no keys. "}
          {copy === "key" ? <Link href={`${base}/print?copy=student`}>Student copy</Link> : <Link href={`${base}/print?copy=key`}>Teacher&apos;s key</Link>}
        </p>
        <div className="actions">
          <PrintButton>{copy === "key" ? "Print the key" : "Print the reading"}</PrintButton>
        </div>
      </div>
      <PrintedReading reading={reading} questions={inQuestionSet(getFullQuestions(reading), assignment)} copy={copy} className={assignment.classroom.name} />
    </div>
  );
}
