"use client";
import { useCallback, useSyncExternalStore } from "react";
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  PREFERENCES_STORAGE_KEY,
  type ReadingPreferences,
} from "@/lib/reading/preferences";
import { applyPreferencesToDocument } from "./preferences-dom";
import { savePreferencesToAccount } from "./reading-api";

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
      cached = parsePreferences(JSON.parse(raw ?? "null")) ?? DEFAULT_PREFERENCES;
    } catch {
      cached = DEFAULT_PREFERENCES;
    }
  }
  return cached;
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
