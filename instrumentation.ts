/**
 * Runs once when the server starts. A production server without AUTH_SECRET
 * stops here with a clear message instead of failing on every request; LMS
 * scores that could not be delivered are retried from here (docs/lti.md).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitWithoutAuthSecret } = await import("@/lib/auth/secret");
  exitWithoutAuthSecret();
  const { startScoreRetries } = await import("@/lib/lti/score-outbox");
  startScoreRetries();
}
