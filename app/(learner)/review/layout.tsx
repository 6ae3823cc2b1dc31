import type { ReactNode } from "react";
import { getLearnerTimeZone } from "@/lib/review/learner-time-zone";
import { TimeZoneSync } from "@/components/review/time-zone-sync";
// Re-asked questions use the reading pages' question components, styled there.
import "../../(reading)/reading.css";

/** Review pages: the reading pages' question styles, and the browser's time zone sent to the server. */
export default async function ReviewLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <TimeZoneSync serverTimeZone={await getLearnerTimeZone()} />
      {children}
    </>
  );
}
