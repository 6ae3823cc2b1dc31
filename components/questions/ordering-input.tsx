"use client";
import { useEffect, useId, useRef, useState, type PointerEvent } from "react";
import { MarkText } from "./option-mark";
import questionText from "./question-text.module.css";
import type { InputProps } from "./types";
import styles from "./ordering-input.module.css";

type Direction = "up" | "down";

/**
 * Put items in order by dragging (mouse, touch, pen) or with each item's
 * Move up / Move down buttons (keyboard). Every move is announced.
 */
export function OrderingInput({ question, value, onChange, disabled, feedback, promptId }: InputProps<"ordering">) {
  const order = value.itemIds ?? question.items.map((item) => item.id);
  const text = new Map(question.items.map((item) => [item.id, item.text]));
  const baseId = useId();
  const [announcement, setAnnouncement] = useState("");
  const [dragging, setDragging] = useState<string | null>(null);
  const focusAfterMove = useRef<{ id: string; direction: Direction } | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const key = feedback && "itemIds" in feedback.key ? feedback.key.itemIds : null;

  // Moving a row in the DOM can drop focus; keep it on the button that was pressed (or its twin at an end).
  useEffect(() => {
    if (!focusAfterMove.current) return;
    const { id, direction } = focusAfterMove.current;
    focusAfterMove.current = null;
    const other: Direction = direction === "up" ? "down" : "up";
    const button = buttons.current.get(`${id}:${direction}`);
    (button && !button.disabled ? button : buttons.current.get(`${id}:${other}`))?.focus();
  });

  function moveTo(id: string, to: number) {
    const from = order.indexOf(id);
    if (from < 0 || to < 0 || to >= order.length || to === from) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    onChange({ itemIds: next });
    setAnnouncement(`“${text.get(id)}” moved to position ${to + 1} of ${order.length}.`);
  }

  function move(id: string, direction: Direction) {
    focusAfterMove.current = { id, direction };
    moveTo(id, order.indexOf(id) + (direction === "up" ? -1 : 1));
  }

  function dragStart(event: PointerEvent<HTMLElement>, id: string) {
    if (disabled) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(id);
  }

  function dragMove(event: PointerEvent<HTMLElement>) {
    if (!dragging) return;
    // The dragged item goes after every other item whose middle is above the pointer.
    let to = 0;
    for (const id of order) {
      if (id === dragging) continue;
      const box = rows.current.get(id)?.getBoundingClientRect();
      if (box && event.clientY > box.top + box.height / 2) to += 1;
    }
    if (to !== order.indexOf(dragging)) moveTo(dragging, to);
  }

  return (
    <div role="group" aria-labelledby={promptId} className="ordering">
      {disabled ? null : (
        <p className={questionText.hint} id={`${baseId}-hint`} data-unspoken>
          Drag the items by their handles, or use the arrow buttons to move them up and down.
        </p>
      )}
      <ol className={questionText.options}>
        {order.map((id, index) => {
          const textId = `${baseId}-${id}`;
          const right = key ? key[index] === id : null;
          return (
            <li
              key={id}
              ref={(row) => {
                if (row) rows.current.set(id, row);
                else rows.current.delete(id);
              }}
              className={[styles.item, disabled && styles.fixed, dragging === id && styles.dragging, right !== null && (right ? styles.right : styles.wrong)].filter(Boolean).join(" ")}
            >
              <span
                hidden={disabled}
                className={styles.handle}
                aria-hidden="true"
                onPointerDown={(event) => dragStart(event, id)}
                onPointerMove={dragMove}
                onPointerUp={() => setDragging(null)}
                onPointerCancel={() => setDragging(null)}
              >
                ⠿
              </span>
              <span className={styles.position} aria-hidden="true">
                {index + 1}
              </span>
              <span id={textId}>
                {text.get(id)}
                {key ? (
                  <MarkText mark={right ? "chosen-right" : "chosen-wrong"}>
                    {right ? " ✓ In the right place" : ` ✗ Belongs at position ${key.indexOf(id) + 1}`}
                  </MarkText>
                ) : null}
              </span>
              <span className={styles.buttons} hidden={disabled}>
                {(["up", "down"] as const).map((direction) => (
                  <button
                    key={direction}
                    type="button"
                    className={styles.move}
                    ref={(button) => {
                      if (button) buttons.current.set(`${id}:${direction}`, button);
                      else buttons.current.delete(`${id}:${direction}`);
                    }}
                    aria-label={`Move ${direction}`}
                    aria-describedby={textId}
                    disabled={disabled || (direction === "up" ? index === 0 : index === order.length - 1)}
                    onClick={() => move(id, direction)}
                  >
                    <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
