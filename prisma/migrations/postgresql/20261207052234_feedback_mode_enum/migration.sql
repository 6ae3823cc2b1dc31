-- Written by hand: the generated migration dropped and re-added the column, losing each assignment's choice.
-- The column is converted in place instead.

-- CreateEnum
CREATE TYPE "FeedbackMode" AS ENUM ('immediate', 'after_submit');

-- An enum value cannot hold a hyphen.
UPDATE "Assignment" SET "feedbackMode" = 'after_submit' WHERE "feedbackMode" = 'after-submit';

-- AlterTable
ALTER TABLE "Assignment" ALTER COLUMN "feedbackMode" DROP DEFAULT,
ALTER COLUMN "feedbackMode" TYPE "FeedbackMode" USING "feedbackMode"::"FeedbackMode",
ALTER COLUMN "feedbackMode" SET DEFAULT 'immediate';
