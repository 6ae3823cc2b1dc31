/**
 * Runs once when the server starts. A production server without AUTH_SECRET
 * stops here with a clear message instead of failing on every request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitWithoutAuthSecret } = await import("@/lib/auth/secret");
  exitWithoutAuthSecret();
}
