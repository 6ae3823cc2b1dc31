-- AlterTable
ALTER TABLE "Response" ADD COLUMN "returnComment" TEXT;
ALTER TABLE "Response" ADD COLUMN "returnedAt" DATETIME;
ALTER TABLE "Response" ADD COLUMN "revisedAt" DATETIME;
