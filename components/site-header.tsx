import Link from "next/link";
import { signOutAction } from "@/lib/accounts/actions";
import { getSignedInUser, type Role } from "@/lib/auth/session";

const NAV: Record<Role, { href: string; label: string }[]> = {
  teacher: [
    { href: "/teach", label: "My classes" },
    { href: "/teach/readings", label: "Readings" },
  ],
  student: [
    { href: "/classes", label: "My classes" },
    { href: "/review", label: "Review" },
    { href: "/join", label: "Join a class" },
  ],
  learner: [
    { href: "/practice", label: "Readings" },
    { href: "/review", label: "Review" },
  ],
};

export async function SiteHeader() {
  const user = await getSignedInUser();
  return (
    <header className="site-header">
      <nav aria-label="Main" className="site-nav">
        <Link href="/" className="brand">
          closeread
        </Link>
        {/* With a teacher's one-time password, only the account page (and signing out) opens. */}
        {user && !user.mustChangePassword ? NAV[user.role].map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>) : null}
        <span className="spacer" />
        {user ? (
          <>
            <Link href="/account" className="nav-user">
              {user.displayName}
              <span className="visually-hidden"> (your account)</span>
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="link-button">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <>
            <Link href="/join">Join a class</Link>
            <Link href="/sign-in">Sign in</Link>
            <Link href="/sign-up">Sign up</Link>
          </>
        )}
      </nav>
    </header>
  );
}
