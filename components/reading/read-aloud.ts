"use client";
import { useCallback, useEffect, useRef, useState } from "react";

/** "no-voice": the browser can speak but the device has no voice installed (common on Linux and some school laptops). */
export type SpeechState = "idle" | "speaking" | "paused" | "unsupported" | "no-voice";

/**
 * What is not read: what is marked data-unspoken (paragraph numbers and notes in chunk-text.tsx; of a question card, its
 * hints, confidence, word count, submit row, messages and feedback) and every control.
 */
const UNSPOKEN = "[data-unspoken], select, textarea, button";

/** The words of a paragraph or question card as they should be spoken. */
function spokenText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(UNSPOKEN).forEach((node) => node.remove());
  // Block elements (options, list items) end with a pause rather than running into the next.
  copy.querySelectorAll("label, li, p, h3").forEach((node) => node.append(". "));
  return (copy.textContent ?? "").replace(/\s+/g, " ").replace(/([.?!:])\s*\.(\s|$)/g, "$1$2").trim();
}

/** Voices load after the page in some browsers: wait for them briefly before saying there are none. */
function voicesLoaded(): Promise<boolean> {
  if (window.speechSynthesis.getVoices().length > 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = () => {
      window.clearTimeout(timer);
      window.speechSynthesis.removeEventListener("voiceschanged", done);
      resolve(window.speechSynthesis.getVoices().length > 0);
    };
    const timer = window.setTimeout(done, 1500);
    window.speechSynthesis.addEventListener("voiceschanged", done);
  });
}

/**
 * Reads the chunk aloud with the browser's speech synthesis, then the
 * step's questions (prompt and choices), one paragraph or question per
 * utterance (long utterances stall in some browsers), marking the one
 * being read with data-speaking.
 */
export function useReadAloud(textId: string) {
  const [state, setState] = useState<SpeechState>("idle");
  const run = useRef(0);

  const clearMarks = () => document.querySelectorAll("[data-speaking]").forEach((node) => node.removeAttribute("data-speaking"));

  const stop = useCallback(() => {
    run.current += 1;
    if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    clearMarks();
    setState((current) => (current === "unsupported" || current === "no-voice" ? current : "idle"));
  }, []);

  const start = useCallback(async () => {
    if (!("speechSynthesis" in window)) {
      setState("unsupported");
      return;
    }
    const paragraphs = [...document.querySelectorAll<HTMLElement>(`#${textId} > p, section[data-question-type]`)];
    if (paragraphs.length === 0) return;
    stop();
    if (!(await voicesLoaded())) {
      setState("no-voice");
      return;
    }
    const thisRun = run.current;
    setState("speaking");
    paragraphs.forEach((paragraph, index) => {
      const utterance = new SpeechSynthesisUtterance(spokenText(paragraph));
      utterance.lang = document.documentElement.lang || "en";
      utterance.onstart = () => {
        if (run.current !== thisRun) return;
        clearMarks();
        paragraph.setAttribute("data-speaking", "true");
      };
      utterance.onend = () => {
        if (run.current !== thisRun || index < paragraphs.length - 1) return;
        clearMarks();
        setState("idle");
      };
      window.speechSynthesis.speak(utterance);
    });
  }, [stop, textId]);

  const pause = useCallback(() => {
    window.speechSynthesis.pause();
    setState("paused");
  }, []);

  const resume = useCallback(() => {
    window.speechSynthesis.resume();
    setState("speaking");
  }, []);

  // Leaving the chunk stops the voice.
  useEffect(() => stop, [stop]);

  return { state, start, pause, resume, stop };
}
