"use client";
import { useEffect, useRef } from "react";

/** Whether this page load has shown a step yet: the first one keeps the browser's own focus (top of the page). */
let shownAStep = false;

/**
 * The step's heading. After moving to another part within the page (the
 * app's client navigation, which leaves focus on the link that is gone),
 * focus moves to the new part's heading, so keyboard and screen reader
 * users start reading there. A link to a paragraph (#p12) keeps its target.
 */
export function StepHeading({ children }: { children: React.ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const arrivedByNavigation = shownAStep;
    shownAStep = true;
    if (arrivedByNavigation && !window.location.hash) heading.current?.focus();
  }, []);
  return (
    <h1 id="step-title" tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}
