"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAssignment, setAssignmentClosed, updateAssignment } from "@/lib/assignments/mutations";
import { createAssignmentSchema, setAssignmentClosedSchema, updateAssignmentSchema } from "@/lib/assignments/schemas";
import { requireUser } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";

function revalidateAssignments() {
  revalidatePath("/teach", "layout");
  revalidatePath("/classes");
}

export async function createAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, createAssignmentSchema, async (input) => {
    await createAssignment(user, input);
    revalidateAssignments();
    redirect(`/teach/classes/${input.classId}?assigned=1`);
  });
}

export async function updateAssignmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, updateAssignmentSchema, async ({ assignmentId, ...settings }) => {
    await updateAssignment(user, assignmentId, settings);
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
