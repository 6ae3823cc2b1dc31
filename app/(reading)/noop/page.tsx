import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Signed in", robots: { index: false } };

/**
 * A signed-in page that renders the reading pages' layouts and nothing else,
 * on purpose: `npm run bench:pages` measures the chunk page against it in
 * the same run (docs/performance.md).
 */
export default async function Page() {
  const user = await requireUser();
  return <h1>Signed in as {user.displayName}</h1>;
}
