"use client";
import { useState } from "react";

/** Copies text to the clipboard and says so in a live region. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied.");
    } catch {
      setStatus("Copying is blocked here: select the text and copy it yourself.");
    }
  }
  return (
    <span>
      <button type="button" className="small secondary" onClick={copy}>
        {label}
      </button>{" "}
      <span role="status" className="muted">
        {status}
      </span>
    </span>
  );
}
