-- AlterTable
ALTER TABLE "LtiContext" ADD COLUMN "lineItemsUrl" TEXT;
-- CreateTable
CREATE TABLE "ClassTeacher" (
    "classroomId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY ("classroomId", "teacherId"),
    CONSTRAINT "ClassTeacher_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassTeacher_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LtiTicket" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "platformId" TEXT,
    "path" TEXT NOT NULL,
    "payload" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "LtiTicket_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LtiTicket" ("expiresAt", "kind", "path", "payload", "platformId", "tokenHash", "usedAt", "userId") SELECT "expiresAt", "kind", "path", "payload", "platformId", "tokenHash", "usedAt", "userId" FROM "LtiTicket";
DROP TABLE "LtiTicket";
ALTER TABLE "new_LtiTicket" RENAME TO "LtiTicket";
CREATE INDEX "LtiTicket_expiresAt_idx" ON "LtiTicket"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
-- CreateIndex
CREATE INDEX "ClassTeacher_teacherId_idx" ON "ClassTeacher"("teacherId");
