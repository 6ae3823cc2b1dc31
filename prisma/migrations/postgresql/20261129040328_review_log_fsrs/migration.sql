-- DropIndex
DROP INDEX "ReviewLog_cardId_idx";
-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "day" TEXT NOT NULL,
ADD COLUMN     "difficulty" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "elapsedDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastElapsedDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "learningSteps" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "scheduledDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "score" DOUBLE PRECISION,
ADD COLUMN     "stability" DOUBLE PRECISION NOT NULL DEFAULT 0;
-- CreateIndex
CREATE INDEX "ReviewLog_cardId_reviewedAt_idx" ON "ReviewLog"("cardId", "reviewedAt");
