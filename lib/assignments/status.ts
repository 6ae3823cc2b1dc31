export type AssignmentProgress = "not-started" | "in-progress" | "submitted";

export type StudentAssignmentStatus = {
  progress: AssignmentProgress;
  /** Words for the status column. */
  label: string;
  /** Words for the link to the reading. */
  action: "Start" | "Continue" | "Review";
  overdue: boolean;
  closed: boolean;
};

/** Where a student stands on an assignment, from their latest attempt. */
export function studentAssignmentStatus(
  assignment: { dueAt: Date | null; closedAt: Date | null; latestAttempt: { submittedAt: Date | null; late: boolean } | null },
  now: Date,
): StudentAssignmentStatus {
  const attempt = assignment.latestAttempt;
  const progress: AssignmentProgress = !attempt ? "not-started" : attempt.submittedAt ? "submitted" : "in-progress";
  const closed = assignment.closedAt !== null;
  const overdue = progress !== "submitted" && !closed && assignment.dueAt !== null && assignment.dueAt < now;
  const label = {
    "not-started": "Not started",
    "in-progress": "In progress",
    submitted: attempt?.late ? "Submitted late" : "Submitted",
  }[progress];
  const action = progress === "not-started" ? "Start" : progress === "in-progress" ? "Continue" : "Review";
  return { progress, label, action: closed && progress !== "submitted" ? "Review" : action, overdue, closed };
}
