import { z } from "zod";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { questionsDownload } from "@/lib/interop/download";

/** The reading's questions as a QTI 3.0 package, Moodle XML or GIFT (docs/interop.md). */
export const GET = route(
  { roles: ["teacher"], params: idParams("assignmentId").extend({ format: z.string() }), reply: "download" },
  ({ user, params }) => questionsDownload(user, params.assignmentId, params.format),
);
