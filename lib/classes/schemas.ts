import { z } from "zod";
import { booleanChoiceSchema, checkboxSchema, idSchema } from "@/lib/forms/schemas";

const classroomNameSchema = z.string("Give the class a name.").trim().min(1, "Give the class a name.").max(80, "Use at most 80 characters.");

export const createClassroomSchema = z.object({ name: classroomNameSchema, requireApproval: checkboxSchema });

export const renameClassroomSchema = z.object({ classId: idSchema, name: classroomNameSchema });

export const classroomIdSchema = z.object({ classId: idSchema });

export const archiveClassroomSchema = z.object({ classId: idSchema, archived: booleanChoiceSchema });

export const joinSettingsSchema = z
  .object({ classId: idSchema, joinOpen: booleanChoiceSchema.optional(), requireApproval: booleanChoiceSchema.optional() })
  .refine((value) => value.joinOpen !== undefined || value.requireApproval !== undefined, "Nothing to change.");

export const studentInClassSchema = z.object({ classId: idSchema, studentId: idSchema });

export const deleteStudentDataSchema = studentInClassSchema.extend({
  confirmUsername: z.string("Type the student's username to confirm.").trim().toLowerCase().min(1, "Type the student's username to confirm."),
});

export const addCoTeacherSchema = z.object({
  classId: idSchema,
  identifier: z.string("Enter the teacher's username or email.").trim().min(1, "Enter the teacher's username or email.").max(254, "That is too long for an email or username."),
});

export const removeCoTeacherSchema = z.object({ classId: idSchema, teacherId: idSchema });
