"use client";
import { FormMessage } from "@/components/forms/fields";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export type FormButton = { label: string; name?: string; value?: string; variant?: "primary" | "secondary" | "danger" };

const VARIANT_CLASS = { primary: "small", secondary: "small secondary", danger: "small danger" } as const;

/**
 * One or more buttons that run an action on a record named by hidden fields
 * (approve, close, regenerate...), with the result announced beside them.
 * `confirm` asks first, for changes that are hard to undo.
 */
export function ButtonForm({
  action,
  hidden,
  buttons,
  confirm,
  label,
  describedBy,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  buttons: FormButton[];
  confirm?: string;
  /** Names the form for assistive technology when the buttons alone are ambiguous (e.g. which student). */
  label?: string;
  /** The id of text saying what the buttons do, read out with the form's name. */
  describedBy?: string;
}) {
  const { state, pending, formProps } = useFormAction(action, { confirm });
  return (
    <form {...formProps} aria-label={label} aria-describedby={describedBy}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="actions">
        {buttons.map((button) => (
          <button
            key={button.label}
            type="submit"
            name={button.name}
            value={button.value}
            className={VARIANT_CLASS[button.variant ?? "secondary"]}
            disabled={pending}
          >
            {button.label}
          </button>
        ))}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
