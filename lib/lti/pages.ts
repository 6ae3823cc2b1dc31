/**
 * The few HTML pages LTI endpoints answer with, inside the LMS's iframe:
 * errors, "open in closeread", the deep-linking picker and the
 * auto-submitting reply. Plain HTML (the launch is a cross-site POST that
 * no React page can receive); everything interpolated is escaped.
 */
import { createHash } from "node:crypto";
import type { ReadingSummary } from "@/lib/assignments/readings";
import { MAX_ATTEMPTS } from "@/lib/assignments/limits";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character]!);

const scriptHash = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

/** The inline scripts, each allowed by its hash alone: submitting the deep-linking reply, and telling the LMS a registration is done (LTI Dynamic Registration). */
const AUTO_SUBMIT = "document.forms[0].submit();";
const CLOSE_REGISTRATION = `(window.opener || window.parent).postMessage({ subject: "org.imsglobal.lti.close" }, "*");`;
export const SCRIPT_HASHES = [scriptHash(AUTO_SUBMIT), scriptHash(CLOSE_REGISTRATION)];

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;color:#1a1a1a;background:#fff;max-width:40rem}
h1{font-size:1.4rem}label{display:block;margin-top:1rem;font-weight:600}select,input{font:inherit;padding:.4rem;max-width:100%}
.button{display:inline-block;margin-top:1.25rem;padding:.6rem 1.1rem;background:#1d4ed8;color:#fff;border:0;border-radius:.4rem;font:inherit;text-decoration:none;cursor:pointer}
.button:focus-visible{outline:3px solid #111;outline-offset:2px}.check{font-weight:400}.error{color:#b91c1c}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · closeread</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function errorPage(message: string): string {
  return page("Could not open closeread", `<h1>Could not open closeread</h1><p class="error" role="alert">${escapeHtml(message)}</p>`);
}

/** Opens in a new tab: a first-party visit, where the session cookie is always accepted. */
export function openPage(displayName: string, sessionUrl: string, linkUrl: string | null): string {
  return page(
    "Open closeread",
    `<h1>closeread</h1><p>Signed in from your course as ${escapeHtml(displayName)}.</p>` +
      `<a class="button" href="${escapeHtml(sessionUrl)}" target="_blank" rel="noopener">Open in closeread (new tab)</a>` +
      `<p>The link works once, for two minutes. If it has expired, open the activity again from your course.</p>` +
      (linkUrl
        ? `<p>Already have a closeread account? <a href="${escapeHtml(linkUrl)}" target="_blank" rel="noopener">Use it from this course (new tab)</a>: you sign in to it once, and your course opens it from then on.</p>`
        : ""),
  );
}

export function pickerPage(readings: readonly ReadingSummary[], ticket: string, action: string, error?: string): string {
  const options = readings.map((reading) => `<option value="${escapeHtml(reading.slug)}">${escapeHtml(reading.title)} — ${escapeHtml(reading.author)}</option>`).join("");
  return page(
    "Add a closeread reading",
    `<h1>Add a closeread reading</h1>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}` +
      `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="ticket" value="${escapeHtml(ticket)}">` +
      `<label for="readingSlug">Reading</label><select id="readingSlug" name="readingSlug" required>${options}</select>` +
      `<label for="feedbackMode">Feedback</label><select id="feedbackMode" name="feedbackMode"><option value="immediate">After each part</option><option value="after_submit">After the whole reading is submitted</option></select>` +
      `<label for="attemptsAllowed">Attempts allowed</label><input id="attemptsAllowed" name="attemptsAllowed" type="number" min="1" max="${MAX_ATTEMPTS}" value="1" required>` +
      `<label for="dueAt">Due (optional)</label><input id="dueAt" name="dueAt" type="datetime-local">` +
      `<label class="check"><input type="checkbox" name="unlockInOrder" value="on" checked> Unlock parts in order</label>` +
      `<button class="button" type="submit">Add to the course</button></form>`,
  );
}

/** Posts the signed reply to the LMS; without JavaScript, the button does. */
export function deepLinkReplyPage(returnUrl: string, jwt: string): string {
  return page(
    "Returning to your course",
    `<form method="post" action="${escapeHtml(returnUrl)}"><input type="hidden" name="JWT" value="${escapeHtml(jwt)}">` +
      `<p>Returning to your course…</p><button class="button" type="submit">Continue</button></form><script>${AUTO_SUBMIT}</script>`,
  );
}

/** After a dynamic registration: says what was registered, and asks the LMS to close its registration window. */
export function registeredPage(platform: { name: string; issuer: string }, hasDeployment: boolean): string {
  return page(
    "closeread is registered",
    `<h1>closeread is registered</h1><p>${escapeHtml(platform.name)} (${escapeHtml(platform.issuer)}) can now open closeread.</p>` +
      (hasDeployment ? "" : `<p class="error">The LMS sent no deployment id: add it in closeread's LMS connections page before the first launch.</p>`) +
      `<p>You can close this window.</p><script>${CLOSE_REGISTRATION}</script>`,
  );
}
