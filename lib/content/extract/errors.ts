/** Why a file could not be read, for a page to explain and a test to check. */
export type ImportFileErrorCode = "too-large" | "unsupported-type" | "no-text" | "unreadable";

export class ImportFileError extends Error {
  readonly code: ImportFileErrorCode;

  constructor(code: ImportFileErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ImportFileError";
    this.code = code;
  }
}
