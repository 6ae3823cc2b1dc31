-- Written by hand: the generated migration dropped and re-added each column, losing its data.
-- Each column is converted in place instead: a stored value outside its enum fails the
-- migration (nothing is lost) rather than being dropped.

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('teacher', 'student', 'learner');
-- CreateEnum
CREATE TYPE "EnrollmentStatus" AS ENUM ('active', 'pending');
-- CreateEnum
CREATE TYPE "QuestionSet" AS ENUM ('core', 'all', 'picked');
-- CreateEnum
CREATE TYPE "ResponseStatus" AS ENUM ('draft', 'submitted', 'graded');
-- CreateEnum
CREATE TYPE "ReviewCardKind" AS ENUM ('question', 'glossary');
-- CreateEnum
CREATE TYPE "LiveSessionStatus" AS ENUM ('active', 'ended');
-- CreateEnum
CREATE TYPE "LivePhase" AS ENUM ('reading', 'questions', 'discussion');
-- CreateEnum
CREATE TYPE "LtiTicketKind" AS ENUM ('session', 'deep_link', 'link', 'registration');

-- An enum value cannot hold a hyphen.
UPDATE "LtiTicket" SET "kind" = 'deep_link' WHERE "kind" = 'deep-link';

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role" USING "role"::"Role";
-- AlterTable
ALTER TABLE "Enrollment" ALTER COLUMN "status" DROP DEFAULT,
ALTER COLUMN "status" TYPE "EnrollmentStatus" USING "status"::"EnrollmentStatus",
ALTER COLUMN "status" SET DEFAULT 'active';
-- AlterTable
ALTER TABLE "Assignment" ALTER COLUMN "questionSet" DROP DEFAULT,
ALTER COLUMN "questionSet" TYPE "QuestionSet" USING "questionSet"::"QuestionSet",
ALTER COLUMN "questionSet" SET DEFAULT 'all';
-- AlterTable
ALTER TABLE "Response" ALTER COLUMN "status" DROP DEFAULT,
ALTER COLUMN "status" TYPE "ResponseStatus" USING "status"::"ResponseStatus",
ALTER COLUMN "status" SET DEFAULT 'draft';
-- AlterTable
ALTER TABLE "ReviewCard" ALTER COLUMN "kind" TYPE "ReviewCardKind" USING "kind"::"ReviewCardKind";
-- AlterTable
ALTER TABLE "LtiTicket" ALTER COLUMN "kind" TYPE "LtiTicketKind" USING "kind"::"LtiTicketKind";
-- AlterTable
ALTER TABLE "LiveSession" ALTER COLUMN "status" DROP DEFAULT,
ALTER COLUMN "status" TYPE "LiveSessionStatus" USING "status"::"LiveSessionStatus",
ALTER COLUMN "status" SET DEFAULT 'active',
ALTER COLUMN "phase" DROP DEFAULT,
ALTER COLUMN "phase" TYPE "LivePhase" USING "phase"::"LivePhase",
ALTER COLUMN "phase" SET DEFAULT 'reading';
