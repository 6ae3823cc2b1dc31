"use client";

/** Opens the browser's print dialog (where "Save as PDF" also lives). */
export function PrintButton({ children }: { children: React.ReactNode }) {
  return (
    <button type="button" onClick={() => window.print()}>
      {children}
    </button>
  );
}
