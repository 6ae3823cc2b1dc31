import Link from "next/link";
import { signOutAction } from "@/lib/accounts/actions";
import type { Role } from "@/lib/auth/roles";
import { getSignedInUser } from "@/lib/auth/current-user";

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

const SIGNED_OUT = [
  { href: "/join", label: "Join a class" },
  { href: "/sign-in", label: "Sign in" },
  { href: "/sign-up", label: "Sign up" },
];

async function NavLinks() {
  const user = await getSignedInUser();
  if (!user) return SIGNED_OUT.map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>);
  return (
    <>
      {/* With a teacher's one-time password, only the account page (and signing out) opens. */}
      {user.mustChangePassword ? null : NAV[user.role].map((item) => <Link key={item.href} href={item.href}>{item.label}</Link>)}
      <span className="spacer" />
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
  );
}

/**
 * The site's header: one line at any width. Wide screens show the links in
 * the bar; a phone shows them under a "Menu" disclosure (a <details>, so it
 * opens without script), since they would take two or three lines there.
 */
export async function SiteHeader() {
  const links = await NavLinks();
  return (
    <header className="site-header">
      <nav aria-label="Main" className="site-nav">
        <Link href="/" className="brand">
          closeread
        </Link>
        <div className="nav-links nav-wide">{links}</div>
        <details className="nav-menu">
          <summary>Menu</summary>
          <div className="nav-links">{links}</div>
        </details>
      </nav>
    </header>
  );
}
