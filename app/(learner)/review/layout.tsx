import type { ReactNode } from "react";
import { getLearnerTimeZone } from "@/lib/review/learner-time-zone";
import { TimeZoneSync } from "@/components/review/time-zone-sync";

/** Review pages: the browser's time zone sent to the server. */
export default async function ReviewLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <TimeZoneSync serverTimeZone={await getLearnerTimeZone()} />
      {children}
    </>
  );
}
