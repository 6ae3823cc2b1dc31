"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/review/time-zone";

/**
 * Tells the server the browser's time zone (a cookie), so "today", due
 * counts and streaks follow the learner's calendar; re-renders once when it
 * changes. Renders nothing.
 */
export function TimeZoneSync({ serverTimeZone }: { serverTimeZone: string }) {
  const router = useRouter();
  useEffect(() => {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!timeZone || timeZone === serverTimeZone) return;
    const stored = document.cookie
      .split("; ")
      .find((cookie) => cookie.startsWith(`${TIME_ZONE_COOKIE}=`))
      ?.slice(TIME_ZONE_COOKIE.length + 1);
    // Already sent (the server did not accept it): refreshing again would loop.
    if (stored && decodeURIComponent(stored) === timeZone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(timeZone)}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [serverTimeZone, router]);
  return null;
}
