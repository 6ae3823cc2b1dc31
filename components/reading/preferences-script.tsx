"use client";
import { PREFERENCES_STORAGE_KEY } from "@/lib/reading/preference-choices";
import type { ReadingPreferences } from "@/lib/reading/preference-choices";
import { applyPreferencesToDocument } from "./preferences-dom";

/**
 * Applies the reader's preferences before the page paints (no flash of the
 * wrong theme, no jump in text size). The account's copy (signed in) and
 * this device's copy are compared; the newer wins and is kept on the device.
 * The script runs as the HTML is parsed; rendered again in the browser it
 * is inert text (React would warn about a script it cannot run). It carries
 * the page's CSP nonce (proxy.ts), the only way an inline script may run.
 */
export function PreferencesScript({ account, nonce }: { account: ReadingPreferences | null; nonce: string | undefined }) {
  // "<" escaped so that no value can close the script element.
  const accountJson = JSON.stringify(account).replace(/</g, "\\u003c");
  const key = JSON.stringify(PREFERENCES_STORAGE_KEY);
  const source = `(function(){try{var a=${accountJson},l=null;try{l=JSON.parse(localStorage.getItem(${key})||"null")}catch(e){}
var p=a&&(!l||!(l.updatedAt>=a.updatedAt))?a:l;if(!p)return;if(p===a)localStorage.setItem(${key},JSON.stringify(a));
(${applyPreferencesToDocument.toString()})(p)}catch(e){}})()`;
  return (
    <script
      type={typeof window === "undefined" ? "text/javascript" : "text/plain"}
      nonce={nonce}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: source }}
    />
  );
}
