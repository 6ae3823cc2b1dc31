-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "previewOfAssignmentId" TEXT;
-- CreateIndex
CREATE INDEX "Attempt_previewOfAssignmentId_idx" ON "Attempt"("previewOfAssignmentId");
-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_previewOfAssignmentId_fkey" FOREIGN KEY ("previewOfAssignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
