import { headers } from "next/headers";
import type { ReactNode } from "react";
import { PreferencesScript } from "@/components/reading/preferences-script";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getUserPreferences } from "@/lib/reading/user-preferences";
import { NONCE_HEADER } from "@/lib/security-headers";
import "./reading.css";

/** Reading pages: their styles, and the reader's preferences applied before the first paint. */
export default async function ReadingLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <>
      <PreferencesScript account={user ? await getUserPreferences(user) : null} nonce={nonce} />
      {children}
    </>
  );
}
