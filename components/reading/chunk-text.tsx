"use client";
import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { CITE_EVENT } from "@/components/questions/cite-link";
import { sentenceText, type ChunkTextData, type Inline, type Segment, type TextSentence } from "@/lib/reading/text";
import styles from "./chunk-text.module.css";
import { useWorkspace } from "./workspace-context";

/**
 * The chunk's text. Glossary terms and context-note markers are buttons that
 * open a small disclosure next to them (Escape or a click elsewhere closes
 * it). While an evidence question is choosing, every sentence becomes a
 * toggle (aria-pressed) and the rest of the text goes quiet. A cited
 * paragraph ("Show me in the text", or #p07 in the address) is highlighted
 * and focused.
 */
export function ChunkText({ text }: { text: ChunkTextData }) {
  const workspace = useWorkspace();
  const container = useRef<HTMLDivElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [cited, setCited] = useState<string | null>(null);
  const active = workspace.activeEvidence;

  const closePopover = useCallback((returnFocus: boolean) => {
    setOpen((current) => {
      if (current && returnFocus) document.getElementById(`${current}-button`)?.focus();
      return null;
    });
  }, []);

  useEffect(() => {
    const highlight = (paragraphId: string) => {
      const paragraph = document.getElementById(paragraphId);
      if (!paragraph || !container.current?.contains(paragraph)) return;
      setCited(paragraphId);
      paragraph.focus({ preventScroll: true });
      const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      paragraph.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
    };
    const fromHash = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (/^p\d+$/.test(id)) highlight(id);
    };
    const fromLink = (event: Event) => highlight(String((event as CustomEvent<string>).detail));
    fromHash();
    window.addEventListener("hashchange", fromHash);
    window.addEventListener(CITE_EVENT, fromLink);
    return () => {
      window.removeEventListener("hashchange", fromHash);
      window.removeEventListener(CITE_EVENT, fromLink);
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") closePopover(true);
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      const popover = document.getElementById(`${open}-popover`);
      const button = document.getElementById(`${open}-button`);
      if (!popover?.contains(target) && !button?.contains(target)) closePopover(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open, closePopover]);

  // Starting to choose evidence closes any popover and clears the highlight...
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    setWasActive(active);
    if (active) {
      setOpen(null);
      setCited(null);
    }
  }
  // ...and brings the instructions into view, with focus on them.
  useEffect(() => {
    if (!active) return;
    banner.current?.focus({ preventScroll: true });
    banner.current?.scrollIntoView({ block: "nearest" });
  }, [active]);

  // The sticky instructions are taller on a phone (they wrap): sentences scrolled to by focus keep clear of them, whatever their height.
  useEffect(() => {
    const bar = banner.current;
    const text = container.current;
    if (!active || !bar || !text) return;
    const observer = new ResizeObserver(() => text.style.setProperty("--evidence-bar-height", `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, [active]);

  function finishChoosing() {
    const questionId = active?.questionId;
    workspace.setActiveEvidence(null);
    if (questionId) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-evidence-toggle="${questionId}"]`)?.focus());
  }

  const toggleKeys = (sentenceId: string) => (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      workspace.toggleSentence(sentenceId);
    } else if (event.key === "Escape") {
      finishChoosing();
    }
  };

  const renderSentence = (sentence: TextSentence) => {
    if (active) {
      const pressed = workspace.selectedSentences.includes(sentence.id);
      return (
        <span
          key={sentence.id}
          role="button"
          tabIndex={0}
          aria-pressed={pressed}
          className={styles.selectable}
          data-sentence-id={sentence.id}
          onClick={() => workspace.toggleSentence(sentence.id)}
          onKeyDown={toggleKeys(sentence.id)}
        >
          {sentenceText(sentence)}
        </span>
      );
    }
    return (
      <span key={sentence.id} data-sentence-id={sentence.id}>
        {sentence.segments.map((segment, index) => (
          <SegmentView key={index} segment={segment} text={text} open={open} setOpen={setOpen} container={container} />
        ))}
      </span>
    );
  };

  return (
    <div ref={container} className={active ? `${styles.text} ${styles.choosing}` : styles.text} id="chunk-text">
      {active ? (
        <div ref={banner} className={styles.banner} tabIndex={-1} role="region" aria-label="Choosing evidence">
          <div className={styles.bannerText}>
            <p>
              <strong>Question {active.number}:</strong> select the sentences that support the claim.{" "}
              <span className="muted">{workspace.selectedSentences.length} chosen.</span>
            </p>
            <p className={styles.claim}>“{active.claim}”</p>
            <p className="visually-hidden">Select a sentence again to remove it. Press Escape when done.</p>
          </div>
          <button type="button" onClick={finishChoosing}>
            Done
          </button>
        </div>
      ) : null}
      {text.paragraphs.map((paragraph) => (
        <p key={paragraph.id} id={paragraph.id} tabIndex={-1} className={styles.paragraph} data-cited={cited === paragraph.id || undefined}>
          <span className={styles.number} data-unspoken>
            <span className="visually-hidden">Paragraph </span>
            {Number(paragraph.id.slice(1))}
          </span>
          {paragraph.sentences.map((sentence, index) => (
            <Fragment key={sentence.id}>
              {index > 0 ? " " : null}
              {renderSentence(sentence)}
            </Fragment>
          ))}
        </p>
      ))}
      <TextNotes text={text} />
    </div>
  );
}

type SegmentProps = {
  segment: Segment;
  text: ChunkTextData;
  open: string | null;
  setOpen: (key: string | null) => void;
  container: React.RefObject<HTMLDivElement | null>;
};

function SegmentView({ segment, text, open, setOpen, container }: SegmentProps) {
  if (segment.kind === "note") {
    const note = text.notes.find((n) => n.id === segment.noteId);
    const key = `note-${segment.noteId}`;
    return (
      <>
        <span className={styles.noteAnchor}>
          {segment.children.map((child, index) => (
            <InlineView key={index} inline={child} text={text} open={open} setOpen={setOpen} container={container} />
          ))}
        </span>
        <Disclosure
          id={key}
          open={open === key}
          onToggle={() => setOpen(open === key ? null : key)}
          container={container}
          className={styles.noteMarker}
          label={<span aria-hidden="true">{segment.number}</span>}
          accessibleName={`Context note ${segment.number}`}
        >
          <strong className={styles.popoverTitle}>Note {segment.number}</strong> {note?.note}
        </Disclosure>
      </>
    );
  }
  return <InlineView inline={segment} text={text} open={open} setOpen={setOpen} container={container} />;
}

function InlineView({ inline, text, open, setOpen, container }: Omit<SegmentProps, "segment"> & { inline: Inline }) {
  if (inline.kind === "text") return <>{inline.text}</>;
  const term = text.terms.find((t) => t.id === inline.termId);
  const key = `term-${inline.termId}`;
  return (
    <Disclosure
      id={key}
      open={open === key}
      onToggle={() => setOpen(open === key ? null : key)}
      container={container}
      className={styles.term}
      label={inline.text}
      accessibleName={`${inline.text}, glossary`}
    >
      <strong className={styles.popoverTitle}>{term?.term}</strong>: {term?.definition}
    </Disclosure>
  );
}

/**
 * A button in the running text with a disclosure placed below it, kept
 * inside the reading column (it never makes the page scroll sideways).
 */
function Disclosure({
  id,
  open,
  onToggle,
  container,
  className,
  label,
  accessibleName,
  children,
}: {
  id: string;
  open: boolean;
  onToggle: () => void;
  container: React.RefObject<HTMLDivElement | null>;
  className: string | undefined;
  label: ReactNode;
  accessibleName: string;
  children: ReactNode;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLSpanElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const box = container.current?.getBoundingClientRect();
      const anchor = button.current?.getBoundingClientRect();
      const width = popover.current?.offsetWidth ?? 0;
      if (!box || !anchor) return;
      // Within the text's column and at least a small margin inside the window, whichever is narrower (a phone's edge).
      const margin = 8;
      const lowest = Math.max(0, margin - box.left);
      const highest = Math.max(lowest, Math.min(box.width, document.documentElement.clientWidth - margin - box.left) - width);
      const left = Math.min(Math.max(anchor.left - box.left, lowest), highest);
      setPosition({ left, top: anchor.bottom - box.top + 6 });
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [open, container]);

  return (
    <>
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        className={className}
        aria-expanded={open}
        aria-controls={`${id}-popover`}
        aria-label={accessibleName === label ? undefined : accessibleName}
        onClick={onToggle}
      >
        {label}
      </button>
      <span
        ref={popover}
        id={`${id}-popover`}
        className={styles.popover}
        data-unspoken
        hidden={!open}
        style={position ? { left: position.left, top: position.top } : undefined}
      >
        {children}
        <button type="button" className={styles.popoverClose} aria-label="Close" onClick={onToggle}>
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </>
  );
}

/** Every glossary term and note of the chunk in one place, for an overview (and for print). */
function TextNotes({ text }: { text: ChunkTextData }) {
  if (text.terms.length === 0 && text.notes.length === 0) return null;
  return (
    <details className={styles.notes}>
      <summary>Words and notes in this part</summary>
      {text.terms.length > 0 ? (
        <dl className={styles.glossary}>
          {text.terms.map((term) => (
            <div key={term.id}>
              <dt>{term.term}</dt>
              <dd>{term.definition}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {text.notes.length > 0 ? (
        <ol className={styles.noteList}>
          {text.notes.map((note) => (
            <li key={note.id} value={note.number}>
              <strong>{note.anchor}:</strong> {note.note}
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
