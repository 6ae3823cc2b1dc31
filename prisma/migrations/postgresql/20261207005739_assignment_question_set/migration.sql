-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "includeWritten" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "questionIds" TEXT,
ADD COLUMN     "questionSet" TEXT NOT NULL DEFAULT 'all';
