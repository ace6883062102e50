-- CreateTable
CREATE TABLE "MetricBucket" (
    "seriesKey" TEXT NOT NULL,
    "resolution" INTEGER NOT NULL,
    "start" DATETIME NOT NULL,
    "count" INTEGER NOT NULL,
    "cpuAvg" REAL NOT NULL,
    "cpuMax" REAL NOT NULL,
    "memoryAvg" REAL NOT NULL,
    "memoryMax" REAL NOT NULL,
    "memoryLimitAvg" REAL NOT NULL,
    "memoryLimitMax" REAL NOT NULL,
    "netRxAvg" REAL NOT NULL,
    "netRxMax" REAL NOT NULL,
    "netTxAvg" REAL NOT NULL,
    "netTxMax" REAL NOT NULL,
    "blockReadAvg" REAL NOT NULL,
    "blockReadMax" REAL NOT NULL,
    "blockWriteAvg" REAL NOT NULL,
    "blockWriteMax" REAL NOT NULL,
    "cpuCountAvg" REAL,
    "tasksAvg" REAL,

    PRIMARY KEY ("seriesKey", "resolution", "start")
);

-- CreateIndex
CREATE INDEX "MetricBucket_resolution_start_idx" ON "MetricBucket"("resolution", "start");

