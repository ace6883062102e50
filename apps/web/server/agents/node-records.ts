/** Keeps each node's row in step with what its agent reports. */
import type { Database } from "@wheelhouse/db";
import type { EngineStatus } from "@wheelhouse/protocol";

export async function recordEngineStatus(db: Database, nodeId: string, engine: EngineStatus, agentVersion?: string): Promise<void> {
  await db.node.update({
    where: { id: nodeId },
    data: {
      engineReachable: engine.reachable,
      engineEndpoint: engine.endpoint,
      engineError: engine.reachable ? null : engine.error,
      ...(engine.reachable ? { facts: JSON.stringify(engine.facts), hostname: engine.facts.hostname } : {}),
      ...(agentVersion ? { agentVersion } : {}),
      lastSeenAt: new Date(),
    },
  });
}

export async function recordSeen(db: Database, nodeId: string): Promise<void> {
  await db.node.update({ where: { id: nodeId }, data: { lastSeenAt: new Date() } });
}
