import { getLiveProgress } from "@/lib/analytics/live-progress";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";

/**
 * Live progress for the teacher's live page, polled every few seconds. Read
 * from the database on every request, so any app instance answers alike.
 */
export const GET = route(
  { roles: ["teacher"], params: idParams("assignmentId"), reply: "json" },
  ({ user, params }) => getLiveProgress(user, params.assignmentId),
);
