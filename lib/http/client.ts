/**
 * The browser's one client for the JSON routes (lib/http/route.ts,
 * docs/reading-api.md): a typed call per route. Every call resolves (never
 * throws) to the data, or to why it failed: the network ("offline"), the
 * server ("server", worth retrying), or a refusal that retrying will not
 * change ("rejected", with the server's message and field errors).
 */
import type { LiveProgress } from "@/lib/analytics/live-progress";
import type { ReadingDraft } from "@/lib/authoring/draft";
import type { GlossarySuggestion } from "@/lib/authoring/glossary/suggest";
import type { DraftAnswer } from "@/lib/scoring/answers";
import type { LiveCommand, LiveState } from "@/lib/live/state";
import type { ReadingPreferences } from "@/lib/reading/preference-choices";
import type { Confidence, ResponseView, SelfCheckLevel } from "@/lib/reading/views";
import type { ReviewOutcome } from "@/lib/review/review";
import type { ReviewSubmission } from "@/lib/review/schemas";

/** The one error shape of every JSON route. */
export type ApiError = { code: string; message: string; fields?: Record<string, string[]> };

export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; kind: "offline" | "server"; message: string }
  | { ok: false; kind: "rejected"; status: number; error: ApiError };

const OFFLINE = "You seem to be offline.";
const SERVER = "The server did not answer properly.";
const JSON_HEADERS = { "Content-Type": "application/json" };
/** Browsers refuse a keepalive request whose body is over 64 KiB (all of a page's keepalive bodies in flight together). */
const KEEPALIVE_MAX_BYTES = 60 * 1024;

async function call<T>(url: string, init: { method: "GET" } | { method: "POST" | "PUT"; body: unknown }): Promise<ApiResult<T>> {
  let response: Response;
  try {
    if (init.method === "GET") response = await fetch(url, { cache: "no-store" });
    else {
      const body = JSON.stringify(init.body);
      // keepalive: a draft or answer sent as the page is closed still arrives; a larger body (a long reading's draft) goes without it.
      const keepalive = new TextEncoder().encode(body).length <= KEEPALIVE_MAX_BYTES;
      response = await fetch(url, { method: init.method, headers: JSON_HEADERS, body, keepalive });
    }
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

const segment = encodeURIComponent;
const attempt = (attemptId: string) => `/api/attempts/${segment(attemptId)}`;

export function submitAnswer(
  attemptId: string,
  body: { questionId: string; answer: DraftAnswer; confidence: Confidence | null; idempotencyKey: string },
) {
  return call<{ response: ResponseView }>(`${attempt(attemptId)}/responses`, { method: "POST", body });
}

export function saveDraftAnswer(attemptId: string, questionId: string, body: { answer: DraftAnswer; confidence: Confidence | null }) {
  return call<{ draft: { questionId: string; savedAt: string } }>(`${attempt(attemptId)}/drafts/${segment(questionId)}`, { method: "PUT", body });
}

export function submitSelfCheck(attemptId: string, body: { questionId: string; levels: Record<string, SelfCheckLevel> }) {
  return call<{ response: ResponseView }>(`${attempt(attemptId)}/self-check`, { method: "POST", body });
}

export function submitReading(attemptId: string) {
  return call<{ resultsPath: string }>(`${attempt(attemptId)}/submit`, { method: "POST", body: {} });
}

export function startReadingAgain(attemptId: string) {
  return call<{ startPath: string }>(`${attempt(attemptId)}/restart`, { method: "POST", body: {} });
}

/**
 * Visible time, sent so that it survives the page being closed: a beacon
 * whose Blob says application/json (a bare string would go as text/plain,
 * which JSON routes refuse), else a keepalive fetch.
 */
export function reportVisibleTime(attemptId: string, chunkId: string, visibleMs: number): void {
  const url = `${attempt(attemptId)}/events`;
  const body = { chunkId, visibleMs };
  const blob = new Blob([JSON.stringify(body)], { type: "application/json" });
  const sent = typeof navigator.sendBeacon === "function" && navigator.sendBeacon(url, blob);
  if (!sent) void call(url, { method: "POST", body });
}

/** Kept on this device whatever happens; the next change tries again. */
export function savePreferencesToAccount(preferences: ReadingPreferences): void {
  void call("/api/preferences", { method: "PUT", body: preferences });
}

/** What the review route answers (its date as ISO text). */
export type ReviewResult = Omit<ReviewOutcome, "due"> & { due: string };

export function submitCardReview(cardId: string, body: ReviewSubmission) {
  return call<{ review: ReviewResult }>(`/api/review/cards/${segment(cardId)}/reviews`, { method: "POST", body });
}

export function fetchLiveProgress(assignmentId: string) {
  return call<LiveProgress>(`/api/teach/assignments/${segment(assignmentId)}/live`, { method: "GET" });
}

const liveSession = (sessionId: string) => `/api/live/sessions/${segment(sessionId)}`;

/** The class's teacher starts a live lesson on the assignment (or rejoins the running one). */
export function startLiveLesson(assignmentId: string) {
  return call<{ state: LiveState }>(`/api/live/assignments/${segment(assignmentId)}/session`, { method: "POST", body: {} });
}

export function sendLiveCommand(sessionId: string, command: LiveCommand) {
  return call<{ state: LiveState }>(`${liveSession(sessionId)}/commands`, { method: "POST", body: command });
}

/** The lesson's state: the fallback when its event stream cannot connect. */
export function fetchLiveState(sessionId: string) {
  return call<{ state: LiveState }>(`${liveSession(sessionId)}/state`, { method: "GET" });
}

/** The lesson's Server-Sent Events, after the seq the page already shows. */
export function liveStreamUrl(sessionId: string, afterSeq: number): string {
  return `${liveSession(sessionId)}/stream?after=${afterSeq}`;
}

/** The editor's autosave: the whole draft over the revision it was made from (409 "conflict" when another copy saved since). */
export function saveReadingDraft(draftId: string, body: { draft: ReadingDraft; revision: number }) {
  return call<{ revision: number; savedAt: string }>(`/api/authoring/drafts/${segment(draftId)}`, { method: "PUT", body });
}

/** Rare words of a reading's text with WordNet's senses, leaving out those the glossary has (lib/authoring/glossary/suggest.ts). */
export function fetchGlossarySuggestions(body: { text: string; glossaryTerms: string[] }) {
  return call<{ suggestions: GlossarySuggestion[] }>("/api/authoring/glossary-suggestions", { method: "POST", body });
}
