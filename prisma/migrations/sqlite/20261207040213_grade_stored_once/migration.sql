-- Edited by hand: the data steps marked "Data" move the teacher's grade to GradeRevision alone.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_GradeRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "responseId" TEXT NOT NULL,
    "gradedById" TEXT,
    "score" REAL NOT NULL,
    "criteria" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GradeRevision_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GradeRevision_gradedById_fkey" FOREIGN KEY ("gradedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_GradeRevision" ("comment", "createdAt", "criteria", "gradedById", "id", "responseId", "score") SELECT "comment", "createdAt", "criteria", "gradedById", "id", "responseId", "score" FROM "GradeRevision";
DROP TABLE "GradeRevision";
ALTER TABLE "new_GradeRevision" RENAME TO "GradeRevision";
CREATE INDEX "GradeRevision_responseId_idx" ON "GradeRevision"("responseId");
CREATE TABLE "new_Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "chunkId" TEXT NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "score" REAL,
    "maxScore" REAL NOT NULL,
    "feedback" TEXT,
    "confidence" INTEGER,
    "idempotencyKey" TEXT,
    "submittedAt" DATETIME,
    "gradeId" TEXT,
    "returnedAt" DATETIME,
    "returnComment" TEXT,
    "revisedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Response_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Response_gradeId_fkey" FOREIGN KEY ("gradeId") REFERENCES "GradeRevision" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Response" ("answer", "attemptId", "chunkId", "confidence", "contentVersion", "createdAt", "feedback", "id", "idempotencyKey", "maxScore", "questionId", "returnComment", "returnedAt", "revisedAt", "score", "status", "submittedAt", "updatedAt", "gradeId") SELECT "answer", "attemptId", "chunkId", "confidence", "contentVersion", "createdAt", "feedback", "id", "idempotencyKey", "maxScore", "questionId", "returnComment", "returnedAt", "revisedAt", "score", "status", "submittedAt", "updatedAt",
    -- Data: a teacher-graded answer (not returned since) points at its latest grade, which holds the criteria, comment, grader and time.
    CASE WHEN "status" = 'graded' AND "gradedAt" IS NOT NULL THEN
      (SELECT g."id" FROM "GradeRevision" g WHERE g."responseId" = "Response"."id" ORDER BY g."createdAt" DESC, g."id" DESC LIMIT 1)
    END
  FROM "Response";
DROP TABLE "Response";
ALTER TABLE "new_Response" RENAME TO "Response";
CREATE UNIQUE INDEX "Response_idempotencyKey_key" ON "Response"("idempotencyKey");
CREATE UNIQUE INDEX "Response_gradeId_key" ON "Response"("gradeId");
CREATE INDEX "Response_questionId_status_idx" ON "Response"("questionId", "status");
CREATE INDEX "Response_attemptId_status_score_maxScore_idx" ON "Response"("attemptId", "status", "score", "maxScore");
CREATE UNIQUE INDEX "Response_attemptId_questionId_key" ON "Response"("attemptId", "questionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
-- Data: the copy of the grade kept in the feedback JSON goes (GradeRevision holds it).
UPDATE "Response" SET "feedback" = json_remove("feedback", '$.teacherGrade')
 WHERE json_valid("feedback") AND json_type("feedback", '$.teacherGrade') IS NOT NULL;
