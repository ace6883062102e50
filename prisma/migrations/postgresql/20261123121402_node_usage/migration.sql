-- AlterTable
ALTER TABLE "Node" ADD COLUMN     "addresses" TEXT,
ADD COLUMN     "usage" TEXT;

