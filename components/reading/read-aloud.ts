"use client";
import { useCallback, useEffect, useRef, useState } from "react";

export type SpeechState = "idle" | "speaking" | "paused" | "unsupported";

/** The words of a paragraph as they should be spoken: no paragraph numbers, note markers or hidden notes. */
function spokenText(paragraph: HTMLElement): string {
  const copy = paragraph.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(".paragraph-number, .note-marker, .popover").forEach((node) => node.remove());
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * Reads the chunk aloud with the browser's speech synthesis, one paragraph
 * per utterance (long utterances stall in some browsers), marking the
 * paragraph being read with data-speaking.
 */
export function useReadAloud(textId: string) {
  const [state, setState] = useState<SpeechState>("idle");
  const run = useRef(0);

  const clearMarks = () => document.querySelectorAll("[data-speaking]").forEach((node) => node.removeAttribute("data-speaking"));

  const stop = useCallback(() => {
    run.current += 1;
    if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    clearMarks();
    setState((current) => (current === "unsupported" ? current : "idle"));
  }, []);

  const start = useCallback(() => {
    if (!("speechSynthesis" in window)) {
      setState("unsupported");
      return;
    }
    const paragraphs = [...document.querySelectorAll<HTMLElement>(`#${textId} .paragraph`)];
    if (paragraphs.length === 0) return;
    stop();
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
