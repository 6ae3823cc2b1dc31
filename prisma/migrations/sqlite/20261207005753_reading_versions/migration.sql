-- CreateTable
CREATE TABLE "Reading" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "ownerId" TEXT,
    "sharedWithServer" BOOLEAN NOT NULL DEFAULT false,
    "currentVersionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Reading_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reading_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "ReadingVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- CreateTable
CREATE TABLE "ReadingVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "readingId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "readingJson" TEXT NOT NULL,
    "questionsJson" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    CONSTRAINT "ReadingVersion_readingId_fkey" FOREIGN KEY ("readingId") REFERENCES "Reading" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReadingVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- CreateIndex
CREATE UNIQUE INDEX "Reading_slug_key" ON "Reading"("slug");
-- CreateIndex
CREATE UNIQUE INDEX "Reading_currentVersionId_key" ON "Reading"("currentVersionId");
-- CreateIndex
CREATE INDEX "Reading_ownerId_idx" ON "Reading"("ownerId");
-- CreateIndex
CREATE UNIQUE INDEX "ReadingVersion_readingId_hash_key" ON "ReadingVersion"("readingId", "hash");
