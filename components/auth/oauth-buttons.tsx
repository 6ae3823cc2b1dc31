import { oauthSignInAction } from "@/lib/accounts/actions";
import type { OAuthProviderId } from "@/lib/auth/oauth";

/** One button per configured provider; from the sign-up page, the chosen role goes along. */
export function OAuthButtons({
  providers,
  verb,
  role,
}: {
  providers: { id: OAuthProviderId; name: string }[];
  verb: "Sign in" | "Sign up";
  role?: "teacher" | "learner";
}) {
  if (providers.length === 0) return null;
  return (
    <div className="actions">
      {providers.map((provider) => (
        <form key={provider.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={provider.id} />
          {role ? <input type="hidden" name="role" value={role} /> : null}
          <button type="submit" className="button-secondary">
            {verb} with {provider.name}
          </button>
        </form>
      ))}
    </div>
  );
}
