-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "allowPractice" BOOLEAN NOT NULL DEFAULT false;
-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "previousAttemptId" TEXT,
ADD COLUMN     "shuffleSeed" TEXT;
-- CreateIndex
CREATE UNIQUE INDEX "Attempt_previousAttemptId_key" ON "Attempt"("previousAttemptId");
