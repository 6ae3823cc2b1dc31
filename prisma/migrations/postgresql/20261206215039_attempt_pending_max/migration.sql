-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "pendingMax" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- Backfill: the points possible on answered written work awaiting review.
UPDATE "Attempt" SET "pendingMax" = COALESCE((
    SELECT SUM(r."maxScore") FROM "Response" r
    WHERE r."attemptId" = "Attempt"."id" AND r."status" IN ('submitted', 'graded') AND r."score" IS NULL
), 0);
