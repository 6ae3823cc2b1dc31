"use client";
import { useCallback, useSyncExternalStore } from "react";
import { DEFAULT_PREFERENCES, PREFERENCES_STORAGE_KEY, TEXT_SIZES, THEMES } from "@/lib/reading/preference-choices";
import type { ReadingPreferences } from "@/lib/reading/preference-choices";
import { applyPreferencesToDocument } from "./preferences-dom";
import { savePreferencesToAccount } from "@/lib/http/client";

const CHANGE_EVENT = "closeread:preferences";

let cachedRaw: string | null = null;
let cached: ReadingPreferences = DEFAULT_PREFERENCES;

function read(): ReadingPreferences {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(PREFERENCES_STORAGE_KEY);
  } catch {
    return cached;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    try {
      cached = fromStorage(JSON.parse(raw ?? "null"));
    } catch {
      cached = DEFAULT_PREFERENCES;
    }
  }
  return cached;
}

/**
 * This device's copy, each field checked on its own as the pre-paint script
 * does (preferences-dom.ts), so the toolbar shows what the page applied.
 * Checked by hand: zod would add its weight to every reading page.
 */
function fromStorage(value: unknown): ReadingPreferences {
  const stored: Record<string, unknown> = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const { textSize, theme, focusMode, updatedAt } = stored;
  return {
    textSize: TEXT_SIZES.find((size) => size === textSize) ?? DEFAULT_PREFERENCES.textSize,
    theme: THEMES.find((choice) => choice === theme) ?? DEFAULT_PREFERENCES.theme,
    focusMode: focusMode === true,
    updatedAt: typeof updatedAt === "number" && Number.isSafeInteger(updatedAt) && updatedAt >= 0 ? updatedAt : DEFAULT_PREFERENCES.updatedAt,
  };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/**
 * The reader's preferences and a setter that applies them to the page at
 * once, keeps them on this device and saves them to the account.
 */
export function usePreferences(): [ReadingPreferences, (change: Partial<Omit<ReadingPreferences, "updatedAt">>) => void] {
  const preferences = useSyncExternalStore(subscribe, read, () => DEFAULT_PREFERENCES);
  const change = useCallback((update: Partial<Omit<ReadingPreferences, "updatedAt">>) => {
    const next: ReadingPreferences = { ...read(), ...update, updatedAt: Date.now() };
    try {
      window.localStorage.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Unavailable storage: the page and the account still change.
    }
    applyPreferencesToDocument(next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
    savePreferencesToAccount(next);
  }, []);
  return [preferences, change];
}
