/** `attachment` headers for a download, with a safe ASCII filename. */
export function attachmentHeaders(filename: string, contentType: string): Record<string, string> {
  const safe = filename.replace(/[^A-Za-z0-9._-]+/g, "-");
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${safe}"`,
    "Cache-Control": "no-store",
  };
}
