/**
 * The browser's side of docs/reading-api.md. Every call resolves (never
 * throws) to the data, or to why it failed: the network ("offline"), the
 * server ("server", worth retrying), or a refusal that retrying will not
 * change ("rejected", with the server's message and field errors).
 */
import type { DraftAnswer } from "@/lib/grading/answers";
import type { Confidence, ResponseView } from "@/lib/reading/views";

export type ApiError = { code: string; message: string; fields?: Record<string, string[]> };

export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; kind: "offline" | "server"; message: string }
  | { ok: false; kind: "rejected"; status: number; error: ApiError };

const OFFLINE = "You seem to be offline.";
const SERVER = "The server did not answer properly.";

async function call<T>(url: string, method: "POST" | "PUT", body: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    // keepalive: a draft or answer sent as the page is closed still arrives.
    response = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), keepalive: true });
  } catch {
    return { ok: false, kind: "offline", message: OFFLINE };
  }
  if (response.status >= 500) return { ok: false, kind: "server", message: SERVER };
  let json: unknown;
  try {
    json = response.status === 204 ? {} : await response.json();
  } catch {
    return { ok: false, kind: "server", message: SERVER };
  }
  if (response.ok) return { ok: true, data: json as T };
  const error = (json as { error?: ApiError }).error ?? { code: "unknown", message: "The request was refused." };
  return { ok: false, kind: "rejected", status: response.status, error };
}

const base = (attemptId: string) => `/api/attempts/${encodeURIComponent(attemptId)}`;

export function submitAnswer(
  attemptId: string,
  body: { questionId: string; answer: DraftAnswer; confidence: Confidence | null; idempotencyKey: string },
) {
  return call<{ response: ResponseView }>(`${base(attemptId)}/responses`, "POST", body);
}

export function saveDraftAnswer(attemptId: string, questionId: string, body: { answer: DraftAnswer; confidence: Confidence | null }) {
  return call<{ draft: { questionId: string; savedAt: string } }>(`${base(attemptId)}/drafts/${encodeURIComponent(questionId)}`, "PUT", body);
}

export function submitReading(attemptId: string) {
  return call<{ resultsPath: string }>(`${base(attemptId)}/submit`, "POST", {});
}

export function startReadingAgain(attemptId: string) {
  return call<{ startPath: string }>(`${base(attemptId)}/restart`, "POST", {});
}

/** Visible time, sent so that it survives the page being closed. */
export function reportVisibleTime(attemptId: string, chunkId: string, visibleMs: number): void {
  const url = `${base(attemptId)}/events`;
  const body = JSON.stringify({ chunkId, visibleMs });
  const sent = typeof navigator.sendBeacon === "function" && navigator.sendBeacon(url, new Blob([body], { type: "application/json" }));
  if (!sent) void fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body, keepalive: true }).catch(() => {});
}

export function savePreferencesToAccount(preferences: unknown): void {
  void fetch("/api/preferences", {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(preferences),
    keepalive: true,
  }).catch(() => {
    // Kept on this device; the next change tries again.
  });
}
