-- CreateTable
CREATE TABLE "LiveSession" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "chunkIndex" INTEGER NOT NULL DEFAULT 0,
    "phase" TEXT NOT NULL DEFAULT 'reading',
    "revealed" BOOLEAN NOT NULL DEFAULT false,
    "discussionPrompt" TEXT,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    CONSTRAINT "LiveSession_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "LiveEvent" (
    "sessionId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("sessionId","seq")
);
-- CreateIndex
CREATE INDEX "LiveSession_assignmentId_status_idx" ON "LiveSession"("assignmentId", "status");
-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "LiveEvent" ADD CONSTRAINT "LiveEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
