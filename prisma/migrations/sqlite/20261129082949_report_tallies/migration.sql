-- CreateTable
CREATE TABLE "AnswerTally" (
    "assignmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "scored" INTEGER NOT NULL DEFAULT 0,
    "points" REAL NOT NULL DEFAULT 0,
    "scoredMax" REAL NOT NULL DEFAULT 0,
    "fullCredit" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("assignmentId", "questionId", "answer"),
    CONSTRAINT "AnswerTally_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- CreateTable
CREATE TABLE "QuestionTally" (
    "assignmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "sumScore" REAL NOT NULL DEFAULT 0,
    "sumScoreSquared" REAL NOT NULL DEFAULT 0,
    "sumTotal" REAL NOT NULL DEFAULT 0,
    "sumTotalSquared" REAL NOT NULL DEFAULT 0,
    "sumScoreTotal" REAL NOT NULL DEFAULT 0,
    PRIMARY KEY ("assignmentId", "questionId"),
    CONSTRAINT "QuestionTally_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "readingSlug" TEXT NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "number" INTEGER NOT NULL DEFAULT 1,
    "currentChunkId" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActiveAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "answeredCount" INTEGER NOT NULL DEFAULT 0,
    "scoredCount" INTEGER NOT NULL DEFAULT 0,
    "points" REAL NOT NULL DEFAULT 0,
    "scoredMax" REAL NOT NULL DEFAULT 0,
    "confidentWrongCount" INTEGER NOT NULL DEFAULT 0,
    "visibleMs" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("assignmentId", "contentVersion", "currentChunkId", "id", "lastActiveAt", "late", "number", "readingSlug", "startedAt", "submittedAt", "userId") SELECT "assignmentId", "contentVersion", "currentChunkId", "id", "lastActiveAt", "late", "number", "readingSlug", "startedAt", "submittedAt", "userId" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_assignmentId_idx" ON "Attempt"("assignmentId");
CREATE INDEX "Attempt_userId_readingSlug_idx" ON "Attempt"("userId", "readingSlug");
CREATE UNIQUE INDEX "Attempt_userId_assignmentId_number_key" ON "Attempt"("userId", "assignmentId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
