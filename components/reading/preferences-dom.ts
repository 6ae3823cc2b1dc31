/**
 * Puts reading preferences on <html> (data-theme, data-text-size,
 * data-focus-mode), where the CSS reads them. Self-contained on purpose: the
 * inline script in preferences-script.tsx embeds this function's source, so
 * the page is styled right before its first paint.
 */
export function applyPreferencesToDocument(preferences: { textSize?: unknown; theme?: unknown; focusMode?: unknown }): void {
  const root = document.documentElement;
  const size = ["s", "m", "l", "xl"].indexOf(String(preferences.textSize)) >= 0 ? String(preferences.textSize) : "m";
  const theme = ["light", "dark"].indexOf(String(preferences.theme)) >= 0 ? String(preferences.theme) : "system";
  const dark = theme === "dark" || (theme === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  root.setAttribute("data-text-size", size);
  if (theme === "system" && !dark) root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", dark ? "dark" : "light");
  if (preferences.focusMode === true) root.setAttribute("data-focus-mode", "on");
  else root.removeAttribute("data-focus-mode");
}
