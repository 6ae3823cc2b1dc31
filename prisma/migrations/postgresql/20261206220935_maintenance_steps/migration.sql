-- CreateTable
CREATE TABLE "MaintenanceStep" (
    "name" TEXT NOT NULL,
    "cursor" TEXT,
    "finishedAt" TIMESTAMP(3),
    CONSTRAINT "MaintenanceStep_pkey" PRIMARY KEY ("name")
);
