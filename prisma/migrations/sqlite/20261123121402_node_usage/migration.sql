-- AlterTable
ALTER TABLE "Node" ADD COLUMN "addresses" TEXT;
ALTER TABLE "Node" ADD COLUMN "usage" TEXT;

