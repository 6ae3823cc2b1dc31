import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { newQuestionSetDefaults, pickableBank, readingChoices } from "@/lib/assignments/readings";
import { requireUser } from "@/lib/auth/current-user";
import { getTeacherClassroom } from "@/lib/classes/queries";
import { foundOr404, routeId } from "@/lib/pages";

export const metadata: Metadata = { title: "Assign a reading" };

type Props = { params: Promise<{ classId: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAssignmentPage({ params, searchParams }: Props) {
  const user = await requireUser(["teacher"]);
  const classroom = foundOr404(await getTeacherClassroom(user, routeId((await params).classId)));
  const readings = await readingChoices(user);
  const banks = await Promise.all(readings.map((reading) => pickableBank(reading.slug)));
  const query = (await searchParams)?.reading;
  const selected = typeof query === "string" ? query : undefined;
  // A reading opened for (the editor's "Assign to a class") that has no core set starts on every question.
  const questionSet = newQuestionSetDefaults(banks);
  if (selected && questionSet.picked[selected]?.length === 0) questionSet.mode = "all";
  return (
    <div className="page-narrow">
      <p className="breadcrumb">
        <Link href={`/teach/classes/${classroom.id}`}>{classroom.name}</Link>
      </p>
      <h1 id="assignment-heading">Assign a reading to {classroom.name}</h1>
      {classroom.archivedAt ? (
        <p>This class is archived. Restore it before assigning readings.</p>
      ) : readings.length === 0 ? (
        <p>There are no published readings yet. Add one under content/ (see docs/content-format.md).</p>
      ) : (
        <div className="card">
          <AssignmentForm
            mode="create"
            classId={classroom.id}
            readings={readings}
            banks={banks}
            selected={selected}
            defaults={{
              dueAt: "",
              feedbackMode: "immediate",
              unlockInOrder: true,
              allowPractice: false,
              attemptsAllowed: 1,
              questionSet,
            }}
          />
        </div>
      )}
    </div>
  );
}
