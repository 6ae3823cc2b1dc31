"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import {
  createClassroom,
  regenerateJoinCode,
  renameClassroom,
  setClassroomArchived,
  updateJoinSettings,
} from "@/lib/classes/mutations";
import { addCoTeacher, removeCoTeacher } from "@/lib/classes/co-teachers";
import {
  addCoTeacherSchema,
  archiveClassroomSchema,
  classroomIdSchema,
  createClassroomSchema,
  joinSettingsSchema,
  removeCoTeacherSchema,
  renameClassroomSchema,
} from "@/lib/classes/schemas";
import { runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";

/** Pages that show a class: the teacher's list, the class page and its students' lists. */
function revalidateClass(classId: string) {
  revalidatePath("/teach");
  revalidatePath(`/teach/classes/${classId}`, "layout");
  revalidatePath("/classes");
}

export async function createClassroomAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, createClassroomSchema, async (input) => {
    const classroom = await createClassroom(user, input);
    revalidatePath("/teach");
    redirect(`/teach/classes/${classroom.id}`);
  });
}

export async function renameClassroomAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, renameClassroomSchema, async ({ classId, name }) => {
    await renameClassroom(user, classId, name);
    revalidateClass(classId);
    return { status: "success", message: "Class renamed." };
  });
}

export async function archiveClassroomAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, archiveClassroomSchema, async ({ classId, archived }) => {
    await setClassroomArchived(user, classId, archived);
    revalidateClass(classId);
    return { status: "success", message: archived ? "Class archived. Its students no longer see it." : "Class restored." };
  });
}

export async function regenerateJoinCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, classroomIdSchema, async ({ classId }) => {
    await regenerateJoinCode(user, classId);
    revalidateClass(classId);
    return { status: "success", message: "New join code made. The old code no longer works." };
  });
}

export async function updateJoinSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, joinSettingsSchema, async ({ classId, ...settings }) => {
    await updateJoinSettings(user, classId, settings);
    revalidateClass(classId);
    const messages = [
      settings.joinOpen === true && "Joining is open.",
      settings.joinOpen === false && "Joining is closed: the code no longer works.",
      settings.requireApproval === true && "New students now wait for your approval.",
      settings.requireApproval === false && "New students join without approval.",
    ].filter(Boolean);
    return { status: "success", message: messages.join(" ") };
  });
}

export async function addCoTeacherAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, addCoTeacherSchema, async ({ classId, identifier }) => {
    const name = await addCoTeacher(user, classId, identifier);
    revalidateClass(classId);
    return { status: "success", message: `${name} now teaches this class with you.` };
  });
}

export async function removeCoTeacherAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, removeCoTeacherSchema, async ({ classId, teacherId }) => {
    await removeCoTeacher(user, classId, teacherId);
    revalidateClass(classId);
    return { status: "success", message: "Co-teacher removed." };
  });
}
