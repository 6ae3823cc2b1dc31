import Link from "next/link";
import { DueToday } from "@/components/review/due-today";
import { homePathFor } from "@/lib/auth/paths";
import { getCurrentUser } from "@/lib/auth/current-user";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ account?: string }> }) {
  const user = await getCurrentUser();
  const { account } = await searchParams;
  return (
    <div className="page">
      {account === "deleted" && !user ? (
        <p className="form-message ok" role="status">
          Your account and your data are deleted, and you are signed out everywhere.
        </p>
      ) : null}
      <h1>Read closely, one chunk at a time</h1>
      <p className="lede">
        closeread serves an essay in short chunks. After each chunk come questions on what the text says,
        what it argues and how it argues it, with feedback that sends you back to the sentence that matters.
      </p>
      <div className="actions">
        {user ? (
          <Link href={homePathFor(user.role)} className="button">
            Continue to your {user.role === "learner" ? "review" : "classes"}
          </Link>
        ) : (
          <>
            <Link href="/join" className="button">
              Join a class with a code
            </Link>
            <Link href="/sign-in" className="button button-secondary">
              Sign in
            </Link>
            <Link href="/sign-up" className="button button-secondary">
              Sign up as a teacher or learner
            </Link>
          </>
        )}
      </div>
      <DueToday />
      <ul className="audiences" aria-label="Who closeread is for">
        <li>
          <h2>Students</h2>
          <p>Read the reading your class was assigned, answer as you go, and pick up where you left off on any device.</p>
        </li>
        <li>
          <h2>Teachers</h2>
          <p>Create classes with a join code, assign readings, see who needs help and which questions the class missed, and grade written answers.</p>
        </li>
        <li>
          <h2>Self-study learners</h2>
          <p>Practise on any published reading and review what you got wrong, spaced out so it sticks.</p>
        </li>
      </ul>
    </div>
  );
}
