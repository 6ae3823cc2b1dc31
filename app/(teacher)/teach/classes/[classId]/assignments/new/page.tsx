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
  const questionSet = newQuestionSetDefaults(banks);
  return (
    <div className="page-narrow">
      <p className="breadcrumb">
        <Link href={`/teach/classes/${classroom.id}`}>{classroom.name}</Link>
      </p>
      <h1 id="assignment-heading">Assign a reading to {classroom.name}</h1>
      {classroom.archivedAt ? (
        <p>This class is archived. Restore it before assigning readings.</p>
      ) : readings.length === 0 ? (
        <p>
          There are no published readings yet. <Link href="/teach/readings/new">Bring your own text</Link> and publish it.
        </p>
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
