/**
 * Control characters a person never types: NUL, the other C0 controls
 * except tab, line feed and carriage return, and DEL. They arrive pasted
 * from PDFs or sent by scripts; PostgreSQL refuses NUL in text outright (so
 * one would turn a save into an error), and none of them shows on a page.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** `text` without the control characters above; everything visible, and line breaks, kept. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}
