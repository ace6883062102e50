-- AlterTable
ALTER TABLE "Node" ADD COLUMN "swarmLabels" TEXT;

