-- CreateTable
CREATE TABLE "MaintenanceStep" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "cursor" TEXT,
    "finishedAt" DATETIME
);
