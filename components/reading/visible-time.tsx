"use client";
import { useEffect } from "react";
import { MAX_VISIBLE_MS_PER_REPORT } from "@/lib/reading/limits";
import { reportVisibleTime } from "@/lib/http/client";

/** Below this a visit is a glance (or a pass through on the way elsewhere), not reading time. */
const MIN_REPORT_MS = 1000;
/** A tab left open and visible still reports now and then, so an hour is not lost to a crash. */
const FLUSH_EVERY_MS = 5 * 60 * 1000;

/**
 * Measures the time this chunk is visible (Page Visibility API) and reports
 * it when the page is hidden, left or closed, in slices of at most ten
 * minutes. Renders nothing.
 */
export function VisibleTime({ attemptId, chunkId }: { attemptId: string; chunkId: string }) {
  useEffect(() => {
    let visibleSince: number | null = document.visibilityState === "visible" ? performance.now() : null;
    let unreported = 0;

    const flush = () => {
      const now = performance.now();
      if (visibleSince !== null) {
        unreported += now - visibleSince;
        visibleSince = document.visibilityState === "visible" ? now : null;
      }
      if (unreported < MIN_REPORT_MS) return;
      let rest = Math.round(unreported);
      while (rest > 0) {
        const slice = Math.min(rest, MAX_VISIBLE_MS_PER_REPORT);
        reportVisibleTime(attemptId, chunkId, slice);
        rest -= slice;
      }
      unreported = 0;
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
      else visibleSince = performance.now();
    };
    const timer = setInterval(flush, FLUSH_EVERY_MS);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [attemptId, chunkId]);
  return null;
}
