/**
 * A person's own data (docs/privacy.md): everything closeread holds about
 * the signed-in user, as a download, and deleting their account. Both act on
 * the acting user only: there is no id to name someone else by.
 */
import "server-only";
import { confirmOwnPassword } from "@/lib/accounts/mutations";
import { deleteAccount } from "@/lib/tallied/enrollments";
import { ownAttempts } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { getQuestions, getReading } from "@/lib/content/load";
import { presentationOf } from "@/lib/content/presentation";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assignmentSettings, isFeedbackReleased, PRACTICE_SETTINGS } from "@/lib/reading/settings";
import { inShownIds, RESPONSE_VIEW_INCLUDE, toResponseView } from "@/lib/reading/views";
import { preferencesColumn } from "@/lib/reading/preferences";
import { readOrText } from "@/lib/db/json-column";

/**
 * Everything about the signed-in user: profile, memberships, attempts with
 * their answers and reading time, review cards with their history, and the
 * classes they teach with their assignments. Answers and feedback are what
 * the reading page itself shows (ids as shown, nothing before feedback is
 * released), so the download is no way round the reading's rules. Other
 * people's personal data stays out: a teacher's classes come with how many
 * students they hold, not who.
 */
export async function exportOwnData(actor: SessionUser, now = new Date()) {
  const [user, attempts, cards, classesTaught] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: {
        role: true,
        displayName: true,
        email: true,
        username: true,
        createdAt: true,
        passwordChangedAt: true,
        preferences: true,
        accounts: { select: { provider: true } },
        passwordResets: { orderBy: { createdAt: "asc" }, select: { resetByName: true, createdAt: true } },
        enrollments: { orderBy: { createdAt: "asc" }, select: { status: true, createdAt: true, classroom: { select: { name: true } } } },
      },
    }),
    db.attempt.findMany({
      where: ownAttempts(actor),
      orderBy: { startedAt: "asc" },
      include: {
        assignment: { include: { classroom: { select: { name: true, archivedAt: true } } } },
        responses: { orderBy: { createdAt: "asc" }, include: RESPONSE_VIEW_INCLUDE },
        events: { orderBy: { occurredAt: "asc" }, select: { chunkId: true, visibleMs: true, occurredAt: true } },
      },
    }),
    db.reviewCard.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: "asc" },
      include: { logs: { orderBy: { reviewedAt: "asc" }, omit: { id: true, cardId: true } } },
      omit: { id: true, userId: true },
    }),
    actor.role === "teacher"
      ? db.classroom.findMany({
          where: { teacherId: actor.id },
          orderBy: { createdAt: "asc" },
          select: {
            name: true,
            joinCode: true,
            joinOpen: true,
            requireApproval: true,
            createdAt: true,
            archivedAt: true,
            _count: { select: { enrollments: true } },
            assignments: {
              orderBy: { createdAt: "asc" },
              select: {
                readingSlug: true,
                feedbackMode: true,
                unlockInOrder: true,
                attemptsAllowed: true,
                allowPractice: true,
                dueAt: true,
                closedAt: true,
                createdAt: true,
              },
            },
          },
        })
      : Promise.resolve([]),
  ]);
  const { accounts, enrollments, preferences, ...profile } = user;
  // Each attempt's answers read against the version it was given on (loaded once per version).
  const versions = [...new Map(attempts.map((attempt) => [`${attempt.readingSlug}@${attempt.contentVersion}`, attempt])).values()];
  const loaded = await Promise.all(versions.map((attempt) => getReading(attempt.readingSlug, attempt.contentVersion)));
  const readingOf = new Map(versions.map((attempt, index) => [`${attempt.readingSlug}@${attempt.contentVersion}`, loaded[index]]));
  return {
    exportedAt: now.toISOString(),
    profile: { ...profile, signsInWith: accounts.map((account) => account.provider), readingPreferences: preferences === null ? null : readOrText(preferencesColumn, preferences) },
    enrollments: enrollments.map((enrollment) => ({ className: enrollment.classroom.name, status: enrollment.status, joinedAt: enrollment.createdAt })),
    attempts: attempts.map((attempt) => {
      const settings = attempt.assignment ? assignmentSettings(attempt.assignment, attempt.assignment.classroom) : PRACTICE_SETTINGS;
      const released = isFeedbackReleased(settings, attempt);
      const reading = readingOf.get(`${attempt.readingSlug}@${attempt.contentVersion}`);
      const questions = new Map((reading ? getQuestions(reading) : []).map((question) => [question.id, question]));
      return {
        className: attempt.assignment?.classroom.name ?? null,
        practice: attempt.assignmentId === null,
        readingSlug: attempt.readingSlug,
        contentVersion: attempt.contentVersion,
        number: attempt.number,
        startedAt: attempt.startedAt,
        lastActiveAt: attempt.lastActiveAt,
        submittedAt: attempt.submittedAt,
        late: attempt.late,
        feedbackReleased: released,
        responses: attempt.responses.map((row) => {
          const view = toResponseView(row, released);
          const question = questions.get(row.questionId);
          return { chunkId: row.chunkId, submittedAt: row.submittedAt, ...(question ? inShownIds(view, question, presentationOf(attempt)) : view) };
        }),
        readingTime: attempt.events,
      };
    }),
    reviewCards: cards.map(({ logs, ...card }) => ({ ...card, history: logs })),
    classesTaught: classesTaught.map(({ _count, ...classroom }) => ({ ...classroom, studentCount: _count.enrollments })),
  };
}

export type OwnDataExport = Awaited<ReturnType<typeof exportOwnData>>;

/** What deleting the account needs typed: the password, or for a Google/Microsoft-only account its email. */
export type DeletionConfirmation = { currentPassword?: string; confirmSignInName?: string };

/**
 * Deletes the signed-in user's account and everything that is theirs:
 * attempts and answers (taken out of their classes' reports and item
 * analysis in the same transaction), memberships, review cards, reading
 * time, preferences, linked sign-ins; every session ends (the rows go with
 * the user). A teacher whose classes still hold students is refused: those
 * students' work is the class's record, so the teacher removes the students
 * (or deletes their data) first; classes without students go with the
 * account.
 */
export async function deleteOwnAccount(actor: SessionUser, confirmation: DeletionConfirmation, address: string, now = new Date()): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, email: true, username: true } });
  if (user.passwordHash) {
    await confirmOwnPassword(actor, confirmation.currentPassword ?? "", "currentPassword", address, now);
  } else if ((confirmation.confirmSignInName ?? "").trim().toLowerCase() !== (user.email ?? user.username ?? "").toLowerCase()) {
    const message = "Type the email address you sign in with.";
    throw new AppError("invalid", message, { confirmSignInName: [message] });
  }
  if (actor.role === "teacher") {
    const withStudents = await db.classroom.findMany({
      where: { teacherId: actor.id, enrollments: { some: {} } },
      orderBy: { name: "asc" },
      select: { name: true },
    });
    if (withStudents.length > 0) throw new AppError("conflict", teacherWithStudentsMessage(withStudents.map((classroom) => classroom.name)));
  }
  await deleteAccount(actor.id, ownAttempts(actor));
}

function teacherWithStudentsMessage(classNames: string[]): string {
  return `These classes of yours still have students: ${classNames.map((name) => `“${name}”`).join(", ")}. Their work belongs to the class, so closeread does not delete it with your account: on each class page, remove the students or delete their data first, then delete your account.`;
}
