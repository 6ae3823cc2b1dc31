-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "returnComment" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMP(3),
ADD COLUMN     "revisedAt" TIMESTAMP(3);
