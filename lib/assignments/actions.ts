"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAssignment, setAssignmentClosed, updateAssignment } from "@/lib/assignments/mutations";
import { assignReadingSchema, changeAssignmentSchema, setAssignmentClosedSchema } from "@/lib/assignments/schemas";
import { requireUser } from "@/lib/auth/current-user";
import { echoForm, runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";

/** "Update totals" (shown without JavaScript): the page renders the set's totals again from what was sent, nothing is saved. */
const isTotalsRequest = (formData: FormData) => formData.get("intent") === "totals";

function revalidateAssignments() {
  revalidatePath("/teach", "layout");
  revalidatePath("/classes");
}

export async function createAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  if (isTotalsRequest(formData)) return echoForm(formData);
  return runFormAction(formData, assignReadingSchema, async (input) => {
    await createAssignment(user, input);
    revalidateAssignments();
    redirect(`/teach/classes/${input.classId}?assigned=1`);
  });
}

export async function updateAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  if (isTotalsRequest(formData)) return echoForm(formData);
  return runFormAction(formData, changeAssignmentSchema, async ({ assignmentId, settings, questionSet }) => {
    await updateAssignment(user, assignmentId, settings, questionSet);
    revalidateAssignments();
    return { status: "success", message: "Settings saved." };
  });
}

export async function setAssignmentClosedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, setAssignmentClosedSchema, async ({ assignmentId, closed }) => {
    await setAssignmentClosed(user, assignmentId, closed);
    revalidateAssignments();
    return {
      status: "success",
      message: closed ? "Assignment closed: students can look but not answer." : "Assignment reopened.",
    };
  });
}
