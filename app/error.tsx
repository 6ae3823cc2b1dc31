"use client";

/**
 * What a page shows when the server could not finish it (for example, the
 * database is unreachable): a clear message and a way to try again, never a
 * stack trace. The error itself is logged on the server.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="page-narrow">
      <h1>Something went wrong on our side</h1>
      <p>
        closeread could not load this page. Your saved answers are safe. If this keeps happening, the app may not be able to reach its
        database: please tell your teacher or the person who runs closeread.
      </p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </p>
    </div>
  );
}
