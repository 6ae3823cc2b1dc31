import { z } from "zod";
import { exportReadingFile } from "@/lib/content/library";
import { slugSchema } from "@/lib/content/schema";
import { route } from "@/lib/http/route";

/** A reading as one file (its folder, zipped), to import on another server. */
export const GET = route({ roles: ["teacher"], params: z.object({ slug: slugSchema }), reply: "download" }, async ({ user, params }) => {
  const { fileName, bytes } = await exportReadingFile(user, params.slug);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
