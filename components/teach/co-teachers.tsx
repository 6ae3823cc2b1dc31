"use client";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { addCoTeacherAction, removeCoTeacherAction } from "@/lib/classes/actions";

type Props = { classId: string; owner: string; isOwner: boolean; coTeachers: { id: string; displayName: string }[] };

/**
 * The class's teachers; its owner adds a co-teacher by username or email, or
 * removes one. One form holds the list, so the removal's message stays (and
 * is announced) after the removed row has gone.
 */
export function CoTeachers({ classId, owner, isOwner, coTeachers }: Props) {
  const add = useFormAction(addCoTeacherAction);
  const remove = useFormAction(removeCoTeacherAction, { confirm: "Remove this co-teacher? They will no longer see this class." });
  const list = (
    <ul>
      <li>
        {owner} <span className="muted">(owner)</span>
      </li>
      {coTeachers.map((teacher) => (
        <li key={teacher.id}>
          {teacher.displayName}{" "}
          {isOwner ? (
            <button type="submit" name="teacherId" value={teacher.id} className="small secondary" disabled={remove.pending} aria-label={`Remove ${teacher.displayName}`}>
              Remove
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
  if (!isOwner) {
    return (
      <div className="stack">
        {list}
        <p className="muted">Only the owner adds or removes teachers.</p>
      </div>
    );
  }
  return (
    <div className="stack">
      <form {...remove.formProps} aria-label="The class's teachers">
        <input type="hidden" name="classId" value={classId} />
        {list}
        <FormMessage state={remove.state} />
      </form>
      <form {...add.formProps} aria-label="Add a co-teacher">
        <FormMessage state={add.state} />
        <input type="hidden" name="classId" value={classId} />
        <TextField
          name="identifier"
          label="Co-teacher's username or email"
          hint="They must have a closeread teacher account. They will see this class, its reports and grading."
          state={add.state}
          autoComplete="off"
        />
        <SubmitButton pending={add.pending} className="small">
          Add co-teacher
        </SubmitButton>
      </form>
    </div>
  );
}
