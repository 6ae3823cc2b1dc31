-- CreateTable
CREATE TABLE "ReadingDraft" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "draftJson" TEXT NOT NULL,
    "baseVersionId" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ReadingDraft_pkey" PRIMARY KEY ("id")
);
-- CreateIndex
CREATE INDEX "ReadingDraft_ownerId_idx" ON "ReadingDraft"("ownerId");
-- AddForeignKey
ALTER TABLE "ReadingDraft" ADD CONSTRAINT "ReadingDraft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
