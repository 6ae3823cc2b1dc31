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
    "shuffleSeed" TEXT,
    "previousAttemptId" TEXT,
    "previewOfAssignmentId" TEXT,
    "answeredCount" INTEGER NOT NULL DEFAULT 0,
    "scoredCount" INTEGER NOT NULL DEFAULT 0,
    "points" REAL NOT NULL DEFAULT 0,
    "scoredMax" REAL NOT NULL DEFAULT 0,
    "pendingMax" REAL NOT NULL DEFAULT 0,
    "confidentWrongCount" INTEGER NOT NULL DEFAULT 0,
    "visibleMs" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_previewOfAssignmentId_fkey" FOREIGN KEY ("previewOfAssignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("answeredCount", "assignmentId", "confidentWrongCount", "contentVersion", "currentChunkId", "id", "lastActiveAt", "late", "number", "pendingMax", "points", "previousAttemptId", "readingSlug", "scoredCount", "scoredMax", "shuffleSeed", "startedAt", "submittedAt", "userId", "visibleMs") SELECT "answeredCount", "assignmentId", "confidentWrongCount", "contentVersion", "currentChunkId", "id", "lastActiveAt", "late", "number", "pendingMax", "points", "previousAttemptId", "readingSlug", "scoredCount", "scoredMax", "shuffleSeed", "startedAt", "submittedAt", "userId", "visibleMs" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE UNIQUE INDEX "Attempt_previousAttemptId_key" ON "Attempt"("previousAttemptId");
CREATE INDEX "Attempt_assignmentId_idx" ON "Attempt"("assignmentId");
CREATE INDEX "Attempt_userId_readingSlug_idx" ON "Attempt"("userId", "readingSlug");
CREATE INDEX "Attempt_previewOfAssignmentId_idx" ON "Attempt"("previewOfAssignmentId");
CREATE UNIQUE INDEX "Attempt_userId_assignmentId_number_key" ON "Attempt"("userId", "assignmentId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
