"use client";
import type { ReactNode } from "react";
import styles from "./cite-link.module.css";

export const CITE_EVENT = "closeread:cite";

/**
 * A "Show me in the text" link. On the chunk's own page it also tells the
 * text which paragraph to highlight (a repeated click on the same #p07 does
 * not fire hashchange); elsewhere it is an ordinary link to that page.
 */
export function CiteLink({ href, paragraphId, children }: { href: string; paragraphId: string; children: ReactNode }) {
  return (
    <a
      href={href}
      className={styles.link}
      onClick={() => {
        if (href.startsWith("#")) window.dispatchEvent(new CustomEvent(CITE_EVENT, { detail: paragraphId }));
      }}
    >
      {children}
    </a>
  );
}
