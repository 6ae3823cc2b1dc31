/** The first words of a text, to name a sentence or a question where the whole would not fit. */
export function excerpt(text: string, maxWords = 8): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= maxWords) return words.join(" ");
  // Ending on a comma or colon before the ellipsis reads as a typo.
  return `${words.slice(0, maxWords).join(" ").replace(/\s*[,;:–—-]+$/, "")} …`;
}
