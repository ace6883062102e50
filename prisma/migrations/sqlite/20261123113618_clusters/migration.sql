-- CreateTable
CREATE TABLE "Cluster" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "swarmId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Node" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "local" BOOLEAN NOT NULL DEFAULT false,
    "hostname" TEXT,
    "agentVersion" TEXT,
    "engineReachable" BOOLEAN NOT NULL DEFAULT false,
    "engineEndpoint" TEXT,
    "engineError" TEXT,
    "facts" TEXT,
    "lastSeenAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clusterId" TEXT,
    CONSTRAINT "Node_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Node" ("agentVersion", "createdAt", "engineEndpoint", "engineError", "engineReachable", "facts", "hostname", "id", "lastSeenAt", "local", "name") SELECT "agentVersion", "createdAt", "engineEndpoint", "engineError", "engineReachable", "facts", "hostname", "id", "lastSeenAt", "local", "name" FROM "Node";
DROP TABLE "Node";
ALTER TABLE "new_Node" RENAME TO "Node";
CREATE UNIQUE INDEX "Node_name_key" ON "Node"("name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_name_key" ON "Cluster"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_swarmId_key" ON "Cluster"("swarmId");

