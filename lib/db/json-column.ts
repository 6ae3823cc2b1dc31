/**
 * JSON kept in a text column (the schema uses no Json type, so both databases
 * store it alike), read and written through one zod schema per column. Each
 * column's codec is defined next to its domain (`jsonColumn("Response.answer",
 * storedAnswerSchema)`), so every reader gets the checked type and every
 * writer stores only what a reader accepts.
 *
 * Not server-only: scripts and tests use it, and it holds no secret.
 */
import type { z } from "zod";

/** Stored JSON that does not parse or does not fit its column's schema: a defect or damaged data, never a user's mistake. */
export class StoredJsonError extends Error {
  readonly column: string;

  constructor(column: string, detail: string) {
    super(`${column} holds data closeread cannot read: ${detail}`);
    this.name = "StoredJsonError";
    this.column = column;
  }
}

export type JsonColumn<T> = {
  readonly column: string;
  /** The column's value; throws StoredJsonError naming the column on text that is not JSON of this shape. */
  read(text: string): T;
  /** The text to store; throws StoredJsonError if the value does not fit, so nothing unreadable is written. */
  write(value: T): string;
};

/**
 * `column` names the column in errors ("Model.field"); `serialize` replaces
 * JSON.stringify where the text itself matters (a reading version's canonical
 * JSON is what its hash is taken of).
 */
export function jsonColumn<S extends z.ZodType>(
  column: string,
  schema: S,
  serialize: (value: z.output<S>) => string = JSON.stringify,
): JsonColumn<z.output<S>> {
  const checked = (value: unknown, action: string): z.output<S> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const at = issue.path.length ? ` at ${issue.path.join(".")}` : "";
    throw new StoredJsonError(column, `${action}${at}: ${issue.message}`);
  };
  return {
    column,
    read(text) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new StoredJsonError(column, "not JSON");
      }
      return checked(value, "read");
    },
    write(value) {
      return serialize(checked(value, "write"));
    },
  };
}

/** For exports: the value, or the stored text itself when it cannot be read, so one damaged value never stops an export. */
export function readOrText<T>(codec: JsonColumn<T>, text: string): T | string {
  try {
    return codec.read(text);
  } catch (error) {
    if (error instanceof StoredJsonError) return text;
    throw error;
  }
}
