"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { classroomIdSchema, deleteStudentDataSchema, studentInClassSchema } from "@/lib/classes/schemas";
import { runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";
import {
  approveStudent,
  declineAllPending,
  declineStudent,
  deleteStudentData,
  removeStudent,
  resetStudentPassword,
} from "@/lib/students/mutations";

function revalidateRoster(classId: string) {
  revalidatePath("/teach");
  revalidatePath(`/teach/classes/${classId}`, "layout");
}

export async function approveStudentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, studentInClassSchema, async ({ classId, studentId }) => {
    await approveStudent(user, classId, studentId);
    revalidateRoster(classId);
    return { status: "success", message: "Approved." };
  });
}

export async function declineStudentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, studentInClassSchema, async ({ classId, studentId }) => {
    await declineStudent(user, classId, studentId);
    revalidateRoster(classId);
    return { status: "success", message: "Declined." };
  });
}

export async function declineAllPendingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, classroomIdSchema, async ({ classId }) => {
    const count = await declineAllPending(user, classId);
    revalidateRoster(classId);
    return { status: "success", message: `Declined ${count} request${count === 1 ? "" : "s"}.` };
  });
}

export async function removeStudentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, studentInClassSchema, async ({ classId, studentId }) => {
    await removeStudent(user, classId, studentId);
    revalidateRoster(classId);
    redirect(`/teach/classes/${classId}`);
  });
}

export async function resetStudentPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, studentInClassSchema, async ({ classId, studentId }) => {
    const password = await resetStudentPassword(user, classId, studentId);
    return {
      status: "success",
      message:
        "One-time password set. Give it to the student; it is shown only this once. They are signed out everywhere and must choose their own password when they next sign in.",
      data: { password },
    };
  });
}

export async function deleteStudentDataAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, deleteStudentDataSchema, async ({ classId, studentId, confirmUsername }) => {
    await deleteStudentData(user, classId, studentId, confirmUsername);
    revalidateRoster(classId);
    redirect(`/teach/classes/${classId}?deleted=1`);
  });
}
