-- CreateTable
CREATE TABLE "MetricBucket" (
    "seriesKey" TEXT NOT NULL,
    "resolution" INTEGER NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "cpuAvg" DOUBLE PRECISION NOT NULL,
    "cpuMax" DOUBLE PRECISION NOT NULL,
    "memoryAvg" DOUBLE PRECISION NOT NULL,
    "memoryMax" DOUBLE PRECISION NOT NULL,
    "memoryLimitAvg" DOUBLE PRECISION NOT NULL,
    "memoryLimitMax" DOUBLE PRECISION NOT NULL,
    "netRxAvg" DOUBLE PRECISION NOT NULL,
    "netRxMax" DOUBLE PRECISION NOT NULL,
    "netTxAvg" DOUBLE PRECISION NOT NULL,
    "netTxMax" DOUBLE PRECISION NOT NULL,
    "blockReadAvg" DOUBLE PRECISION NOT NULL,
    "blockReadMax" DOUBLE PRECISION NOT NULL,
    "blockWriteAvg" DOUBLE PRECISION NOT NULL,
    "blockWriteMax" DOUBLE PRECISION NOT NULL,
    "cpuCountAvg" DOUBLE PRECISION,
    "tasksAvg" DOUBLE PRECISION,

    CONSTRAINT "MetricBucket_pkey" PRIMARY KEY ("seriesKey","resolution","start")
);

-- CreateIndex
CREATE INDEX "MetricBucket_resolution_start_idx" ON "MetricBucket"("resolution", "start");

