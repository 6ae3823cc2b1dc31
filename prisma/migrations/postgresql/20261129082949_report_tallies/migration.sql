-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "answeredCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "confidentWrongCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "points" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "scoredCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "scoredMax" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "visibleMs" INTEGER NOT NULL DEFAULT 0;
-- CreateTable
CREATE TABLE "AnswerTally" (
    "assignmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "scored" INTEGER NOT NULL DEFAULT 0,
    "points" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "scoredMax" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "fullCredit" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "AnswerTally_pkey" PRIMARY KEY ("assignmentId","questionId","answer")
);
-- CreateTable
CREATE TABLE "QuestionTally" (
    "assignmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "sumScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumScoreSquared" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumTotal" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumTotalSquared" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumScoreTotal" DOUBLE PRECISION NOT NULL DEFAULT 0,
    CONSTRAINT "QuestionTally_pkey" PRIMARY KEY ("assignmentId","questionId")
);
-- AddForeignKey
ALTER TABLE "AnswerTally" ADD CONSTRAINT "AnswerTally_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "QuestionTally" ADD CONSTRAINT "QuestionTally_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
