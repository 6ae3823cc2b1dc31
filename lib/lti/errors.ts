/** A refused LTI request: shown to the person as an error page with this message (never a 500). */
export class LtiError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 = 400,
  ) {
    super(message);
    this.name = "LtiError";
  }
}
