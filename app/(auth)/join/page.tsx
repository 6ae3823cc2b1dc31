import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "@/components/auth/join-form";
import { signOutAction } from "@/lib/accounts/actions";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const user = await getCurrentUser();
  const { code } = await searchParams;
  const defaultCode = typeof code === "string" ? code.slice(0, 12) : "";
  return (
    <div className="page-narrow">
      <h1 id="join-heading">Join a class</h1>
      {user && user.role !== "student" ? (
        <div className="card">
          <p>
            You are signed in as {user.displayName}, a {user.role === "teacher" ? "teacher" : "self-study learner"}. Classes are joined
            with a student account.
          </p>
          <form action={signOutAction}>
            <button type="submit">Sign out to join as a student</button>
          </form>
        </div>
      ) : (
        <>
          <p className="lede">
            {user
              ? "Type the code your teacher gave you to add one more class."
              : "Type the code your teacher gave you, then choose a username and password. You sign in with them later from any device."}
          </p>
          <div className="card form-card">
            <JoinForm defaultCode={defaultCode} newAccount={!user} />
            {user ? null : (
              <>
                <p>
                  Already joined a class? <Link href="/sign-in?next=/join">Sign in first</Link>, then add this one.
                </p>
                <p className="muted">
                  closeread keeps only your name, your username and your work. Your teachers see them; other students do not.
                </p>
              </>
            )}
          </div>
        </>
      )}
    </div>
  );
}
