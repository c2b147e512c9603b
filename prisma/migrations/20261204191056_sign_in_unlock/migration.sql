-- AlterTable
ALTER TABLE "User" ADD COLUMN "signInUnlockedAt" DATETIME;

