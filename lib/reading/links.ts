import type { Chunk } from "@/lib/content/schema";

/**
 * Where "Show me in the text" goes for each paragraph of a reading: `#p07`
 * when the paragraph is on the current page, else its chunk's page.
 */
export function paragraphLinks(basePath: string, chunks: readonly Pick<Chunk, "id" | "paragraphIds">[], shownHere: ReadonlySet<string> = new Set()): Record<string, string> {
  const links: Record<string, string> = {};
  for (const chunk of chunks) {
    for (const paragraphId of chunk.paragraphIds) {
      links[paragraphId] = shownHere.has(paragraphId) ? `#${paragraphId}` : `${basePath}/${chunk.id}#${paragraphId}`;
    }
  }
  return links;
}
