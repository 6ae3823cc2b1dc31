"use client";
import { ButtonForm } from "@/components/forms/button-form";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { addCoTeacherAction, removeCoTeacherAction } from "@/lib/classes/actions";

type Props = { classId: string; owner: string; isOwner: boolean; coTeachers: { id: string; displayName: string }[] };

/** The class's teachers; its owner adds a co-teacher by username or email, or removes one. */
export function CoTeachers({ classId, owner, isOwner, coTeachers }: Props) {
  const { state, pending, formProps } = useFormAction(addCoTeacherAction);
  return (
    <div className="stack">
      <ul>
        <li>
          {owner} <span className="muted">(owner)</span>
        </li>
        {coTeachers.map((teacher) => (
          <li key={teacher.id}>
            {teacher.displayName}
            {isOwner ? (
              <ButtonForm
                action={removeCoTeacherAction}
                hidden={{ classId, teacherId: teacher.id }}
                label={`Remove ${teacher.displayName}`}
                confirm={`Remove ${teacher.displayName}? They will no longer see this class.`}
                buttons={[{ label: "Remove", variant: "secondary" }]}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {isOwner ? (
        <form {...formProps} aria-label="Add a co-teacher">
          <FormMessage state={state} />
          <input type="hidden" name="classId" value={classId} />
          <TextField
            name="identifier"
            label="Co-teacher's username or email"
            hint="They must have a closeread teacher account. They will see this class, its reports and grading."
            state={state}
            autoComplete="off"
          />
          <SubmitButton pending={pending} className="small">
            Add co-teacher
          </SubmitButton>
        </form>
      ) : (
        <p className="muted">Only the owner adds or removes teachers.</p>
      )}
    </div>
  );
}
