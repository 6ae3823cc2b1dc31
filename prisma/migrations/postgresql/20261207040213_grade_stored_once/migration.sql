-- Edited by hand: the data steps marked "Data" move the teacher's grade to GradeRevision alone.
-- DropForeignKey
ALTER TABLE "Response" DROP CONSTRAINT "Response_gradedById_fkey";
-- DropForeignKey
ALTER TABLE "GradeRevision" DROP CONSTRAINT "GradeRevision_gradedById_fkey";
-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "gradeId" TEXT;
-- Data: a teacher-graded answer (not returned since) points at its latest grade, which holds the criteria, comment, grader and time.
UPDATE "Response" r SET "gradeId" = (
  SELECT g."id" FROM "GradeRevision" g WHERE g."responseId" = r."id" ORDER BY g."createdAt" DESC, g."id" DESC LIMIT 1
) WHERE r."status" = 'graded' AND r."gradedAt" IS NOT NULL;
-- Data: the copy of the grade kept in the feedback JSON goes.
UPDATE "Response" SET "feedback" = ("feedback"::jsonb - 'teacherGrade')::text WHERE "feedback" LIKE '%"teacherGrade"%';
-- AlterTable
ALTER TABLE "Response" DROP COLUMN "gradedAt",
DROP COLUMN "gradedById";
-- AlterTable
ALTER TABLE "GradeRevision" ALTER COLUMN "gradedById" DROP NOT NULL;
-- CreateIndex
CREATE UNIQUE INDEX "Response_gradeId_key" ON "Response"("gradeId");
-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_gradeId_fkey" FOREIGN KEY ("gradeId") REFERENCES "GradeRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "GradeRevision" ADD CONSTRAINT "GradeRevision_gradedById_fkey" FOREIGN KEY ("gradedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
