"use client";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { createRegistrationUrlAction } from "@/lib/lti/actions";

/** Makes a one-time LTI Dynamic Registration URL and shows it to copy. */
export function RegistrationUrl() {
  const { state, pending, formProps } = useFormAction(createRegistrationUrlAction);
  const url = state.data?.url;
  return (
    <form {...formProps} aria-labelledby="dynamic-registration-heading">
      <FormMessage state={state} />
      {url ? (
        <p style={{ overflowWrap: "anywhere" }}>
          <label htmlFor="registration-url">Registration URL</label>
          <br />
          <input id="registration-url" readOnly value={url} style={{ width: "100%" }} onFocus={(event) => event.currentTarget.select()} />
        </p>
      ) : null}
      <SubmitButton pending={pending} className="small">
        {url ? "Make another URL" : "Make a registration URL"}
      </SubmitButton>
    </form>
  );
}
