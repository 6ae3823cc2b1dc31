-- CreateTable
CREATE TABLE "Reading" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "ownerId" TEXT,
    "sharedWithServer" BOOLEAN NOT NULL DEFAULT false,
    "currentVersionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Reading_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "ReadingVersion" (
    "id" TEXT NOT NULL,
    "readingId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "readingJson" TEXT NOT NULL,
    "questionsJson" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    CONSTRAINT "ReadingVersion_pkey" PRIMARY KEY ("id")
);
-- CreateIndex
CREATE UNIQUE INDEX "Reading_slug_key" ON "Reading"("slug");
-- CreateIndex
CREATE UNIQUE INDEX "Reading_currentVersionId_key" ON "Reading"("currentVersionId");
-- CreateIndex
CREATE INDEX "Reading_ownerId_idx" ON "Reading"("ownerId");
-- CreateIndex
CREATE UNIQUE INDEX "ReadingVersion_readingId_hash_key" ON "ReadingVersion"("readingId", "hash");
-- AddForeignKey
ALTER TABLE "Reading" ADD CONSTRAINT "Reading_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "Reading" ADD CONSTRAINT "Reading_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "ReadingVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "ReadingVersion" ADD CONSTRAINT "ReadingVersion_readingId_fkey" FOREIGN KEY ("readingId") REFERENCES "Reading"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "ReadingVersion" ADD CONSTRAINT "ReadingVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
