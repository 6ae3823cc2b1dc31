"use client";
import { useEffect, useId, useRef, useState } from "react";
import { TEXT_SIZES, THEMES, type TextSize, type Theme } from "@/lib/reading/preference-choices";
import styles from "./comfort-toolbar.module.css";
import { useReadAloud } from "./read-aloud";
import segmented from "./segmented.module.css";
import { usePreferences } from "./use-preferences";

const SIZE_LABELS: Record<TextSize, string> = { s: "Small", m: "Medium", l: "Large", xl: "Extra large" };
const THEME_LABELS: Record<Theme, string> = { system: "Match my device", light: "Light", dark: "Dark" };

/**
 * Reading comfort: read the chunk aloud, and a "Display" panel for text
 * size, theme and distraction-free mode (remembered on this device and in
 * the account).
 */
export function ComfortToolbar({ readAloudTarget }: { readAloudTarget?: string }) {
  const [preferences, setPreferences] = usePreferences();
  const [panelOpen, setPanelOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!panelOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setPanelOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setPanelOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [panelOpen]);

  return (
    <div className={styles.tools} role="group" aria-label="Reading tools" ref={wrapper}>
      {readAloudTarget ? <ReadAloudControls target={readAloudTarget} /> : null}
      {preferences.focusMode ? (
        <button type="button" className="secondary" onClick={() => setPreferences({ focusMode: false })}>
          Exit distraction-free
        </button>
      ) : null}
      <button
        ref={toggle}
        type="button"
        className="secondary"
        aria-expanded={panelOpen}
        aria-controls={panelId}
        onClick={() => setPanelOpen((open) => !open)}
      >
        <span aria-hidden="true">Aa</span> Display
      </button>
      <div id={panelId} className={styles.panel} hidden={!panelOpen}>
        <fieldset>
          <legend>Text size</legend>
          <div className={segmented.segmented}>
            {TEXT_SIZES.map((size) => (
              <label key={size}>
                <input
                  type="radio"
                  name={`${panelId}-size`}
                  checked={preferences.textSize === size}
                  onChange={() => setPreferences({ textSize: size })}
                />
                <span className={styles[`size-${size}`]}>{SIZE_LABELS[size]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          <div className={segmented.segmented}>
            {THEMES.map((theme) => (
              <label key={theme}>
                <input
                  type="radio"
                  name={`${panelId}-theme`}
                  checked={preferences.theme === theme}
                  onChange={() => setPreferences({ theme })}
                />
                <span>{THEME_LABELS[theme]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className={styles.checkRow}>
          <input type="checkbox" checked={preferences.focusMode} onChange={(event) => setPreferences({ focusMode: event.target.checked })} />
          <span>
            Distraction-free mode <span className="muted">(hides the menus, keeps the text and questions)</span>
          </span>
        </label>
      </div>
    </div>
  );
}

function ReadAloudControls({ target }: { target: string }) {
  const speech = useReadAloud(target);
  return (
    <>
      {speech.state === "speaking" ? (
        <button type="button" className="secondary" onClick={speech.pause}>
          <span aria-hidden="true">❚❚</span> Pause
        </button>
      ) : speech.state === "paused" ? (
        <button type="button" className="secondary" onClick={speech.resume}>
          <span aria-hidden="true">▶</span> Resume
        </button>
      ) : (
        <button type="button" className="secondary" onClick={speech.start}>
          <span aria-hidden="true">▶</span> Read aloud
        </button>
      )}
      {speech.state === "speaking" || speech.state === "paused" ? (
        <button type="button" className="secondary" onClick={speech.stop}>
          <span aria-hidden="true">■</span> Stop
        </button>
      ) : null}
      <span className={styles.status} role="status">
        {speech.state === "unsupported"
          ? "This browser cannot read aloud."
          : speech.state === "no-voice"
            ? "This device has no voice for reading aloud. Add a text-to-speech voice in the system settings, or try another browser."
            : ""}
      </span>
    </>
  );
}
