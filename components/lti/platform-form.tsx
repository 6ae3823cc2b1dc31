"use client";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { registerPlatformAction } from "@/lib/lti/actions";

/** The values the LMS shows when closeread is added to it as an LTI 1.3 tool (docs/lti.md). */
export function PlatformForm() {
  const { state, pending, formProps } = useFormAction(registerPlatformAction);
  return (
    <form {...formProps} aria-labelledby="register-platform-heading">
      <FormMessage state={state} />
      <TextField name="name" label="Name" hint="For your own list, e.g. District Canvas" state={state} autoComplete="off" />
      <TextField name="issuer" label="Issuer (platform ID)" hint="e.g. https://canvas.instructure.com" state={state} type="url" autoComplete="off" />
      <TextField name="clientId" label="Client ID" state={state} autoComplete="off" />
      <TextField name="deploymentIds" label="Deployment IDs" hint="One or more, separated by spaces or commas" state={state} autoComplete="off" />
      <TextField name="authLoginUrl" label="Authentication request URL (OIDC auth endpoint)" state={state} type="url" autoComplete="off" />
      <TextField name="tokenUrl" label="Access token URL" state={state} type="url" autoComplete="off" />
      <TextField name="jwksUrl" label="Public keyset URL (JWKS)" state={state} type="url" autoComplete="off" />
      <SubmitButton pending={pending}>{pending ? "Registering…" : "Register LMS"}</SubmitButton>
    </form>
  );
}
