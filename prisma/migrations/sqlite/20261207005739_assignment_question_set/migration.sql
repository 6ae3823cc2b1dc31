-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classroomId" TEXT NOT NULL,
    "readingSlug" TEXT NOT NULL,
    "dueAt" DATETIME,
    "feedbackMode" TEXT NOT NULL DEFAULT 'immediate',
    "unlockInOrder" BOOLEAN NOT NULL DEFAULT true,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,
    "closedAt" DATETIME,
    "allowPractice" BOOLEAN NOT NULL DEFAULT false,
    "questionSet" TEXT NOT NULL DEFAULT 'all',
    "includeWritten" BOOLEAN NOT NULL DEFAULT true,
    "questionIds" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assignment_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("allowPractice", "attemptsAllowed", "classroomId", "closedAt", "createdAt", "dueAt", "feedbackMode", "id", "readingSlug", "unlockInOrder", "updatedAt") SELECT "allowPractice", "attemptsAllowed", "classroomId", "closedAt", "createdAt", "dueAt", "feedbackMode", "id", "readingSlug", "unlockInOrder", "updatedAt" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_classroomId_idx" ON "Assignment"("classroomId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
